// /commodities: draws the raw vs processed and the unit-value charts from the JSON in data-chart (no inline scripts:
// CSP script-src 'self').
(function () {
  'use strict';

  var charts = window.NeracaCharts;

  // Values in millions of US$ (as on the dashboard), the share in %; numbers in the page's language.
  function rawProcessed(el) {
    var data = JSON.parse(el.dataset.chart);
    var number = charts.formatter(charts.locale(), 2);
    var chart = window.echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      tooltip: {
        trigger: 'axis',
        valueFormatter: function (v) { return number(v); }
      },
      legend: { top: 0, data: [el.dataset.raw, el.dataset.processed, el.dataset.share] },
      grid: { left: 8, right: 8, top: 60, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: data.periods },
      yAxis: [
        { type: 'value', name: el.dataset.unit, axisLabel: { formatter: number } },
        { type: 'value', name: '%', min: 0, max: 100, axisLabel: { formatter: charts.formatter(charts.locale(), 0) } }
      ],
      series: [
        { name: el.dataset.raw, type: 'bar', stack: 'x', data: data.raw.map(charts.millions) },
        { name: el.dataset.processed, type: 'bar', stack: 'x', data: data.processed.map(charts.millions) },
        { name: el.dataset.share, type: 'line', yAxisIndex: 1, data: data.share }
      ]
    });
    return chart;
  }

  // One line per HS code; a flagged period (zero or missing weight, not loaded, no trade) is null: a gap, never zero.
  function unitValues(el) {
    var data = JSON.parse(el.dataset.chart);
    var number = charts.formatter(charts.locale(), 2);
    var chart = window.echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return number(v); } },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 8, top: 50, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: data.periods },
      yAxis: { type: 'value', name: el.dataset.unit, axisLabel: { formatter: number } },
      series: data.series.map(function (s) {
        return { name: s.name, type: 'line', connectNulls: false, showSymbol: true, data: s.data };
      })
    });
    return chart;
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!window.echarts) {
      return;
    }
    var charts = [];
    var raw = document.getElementById('raw-processed-chart');
    if (raw) {
      charts.push(rawProcessed(raw));
    }
    var uv = document.getElementById('unit-value-chart');
    if (uv) {
      charts.push(unitValues(uv));
    }
    window.addEventListener('resize', function () {
      charts.forEach(function (c) { c.resize(); });
    });
  });
})();
