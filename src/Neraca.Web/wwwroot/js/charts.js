// One way to write numbers in every chart, in the page's language and unit (the tables are formatted by the server the
// same way): Indonesian "1.234,56", English "1,234.56"; money in millions of US$ like the dashboard cards.
// Used by dashboard.js and commodities.js; loaded before them. No inline script (CSP script-src 'self').
window.NeracaCharts = (function () {
  'use strict';

  function formatter(locale, decimals) {
    var number = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    return function (v) { return v === null || v === undefined || Number.isNaN(v) ? '–' : number.format(v); };
  }

  // US$ to millions, rounded to two decimals; a missing value stays missing (a gap, never zero).
  function millions(value) {
    return value === null || value === undefined ? null : Math.round(value / 10000) / 100;
  }

  // The locale of the page (<html lang>), as the server chose it.
  function locale() {
    return document.documentElement.lang === 'en' ? 'en-US' : 'id-ID';
  }

  return { formatter: formatter, millions: millions, locale: locale };
})();
