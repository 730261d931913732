// Neraca dashboard chart: exports and imports as bars, the balance as a line, from /api/trade/balance.
// Parameters come from the chart element's data-* attributes (no inline script: CSP script-src 'self').
// Runs on page load and again whenever htmx swaps in a new dashboard body.
(function () {
  'use strict';

  var millions = window.NeracaCharts.millions;

  function render(element) {
    if (!window.echarts || element.dataset.rendered === '1') {
      return;
    }
    element.dataset.rendered = '1';
    var d = element.dataset;
    var url = d.api + '?from=' + encodeURIComponent(d.from) + '&to=' + encodeURIComponent(d.to) +
      '&province=' + encodeURIComponent(d.province) + '&granularity=month';
    var number = window.NeracaCharts.formatter(d.locale, 2);
    var monthName = new Intl.DateTimeFormat(d.locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
    fetch(url, { headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.json();
      })
      .then(function (rows) {
        var labels = rows.map(function (r) {
          var parts = r.period.split('-');
          return monthName.format(new Date(Date.UTC(+parts[0], +parts[1] - 1, 1)));
        });
        var chart = window.echarts.init(element, null, { renderer: 'svg' });
        chart.setOption({
          animation: false,
          color: ['#0b5d4b', '#c77c02', '#1c2430'],
          tooltip: {
            trigger: 'axis',
            valueFormatter: function (v) { return v === null || v === undefined ? '–' : number(v) + ' ' + d.unit; }
          },
          legend: { top: 0 },
          grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
          xAxis: { type: 'category', data: labels },
          yAxis: { type: 'value', name: d.unit, axisLabel: { formatter: number } },
          series: [
            { name: d.labelExports, type: 'bar', data: rows.map(function (r) { return millions(r.exports_usd); }) },
            { name: d.labelImports, type: 'bar', data: rows.map(function (r) { return millions(r.imports_usd); }) },
            { name: d.labelBalance, type: 'line', connectNulls: false, data: rows.map(function (r) { return millions(r.balance_usd); }) }
          ]
        });
        element.classList.add('chart--ready');
        window.addEventListener('resize', function () { chart.resize(); });
      })
      .catch(function (error) {
        element.classList.add('chart--failed');
        element.textContent = String(error);
      });
  }

  function renderAll() {
    document.querySelectorAll('[data-chart="trade"]').forEach(render);
  }

  document.addEventListener('DOMContentLoaded', renderAll);
  document.addEventListener('htmx:afterSettle', renderAll);
  if (document.readyState !== 'loading') {
    renderAll();
  }
})();
