// /commodities: draws the raw vs processed and the unit-value charts from the JSON in data-chart (no inline scripts:
// CSP script-src 'self').
(function () {
  'use strict';

  function rawProcessed(el) {
    var data = JSON.parse(el.dataset.chart);
    var chart = window.echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [el.dataset.raw, el.dataset.processed, el.dataset.share] },
      grid: { left: 80, right: 60, top: 60, bottom: 40 },
      xAxis: { type: 'category', data: data.periods },
      yAxis: [{ type: 'value', name: 'US$' }, { type: 'value', name: '%', min: 0, max: 100 }],
      series: [
        { name: el.dataset.raw, type: 'bar', stack: 'x', data: data.raw },
        { name: el.dataset.processed, type: 'bar', stack: 'x', data: data.processed },
        { name: el.dataset.share, type: 'line', yAxisIndex: 1, data: data.share }
      ]
    });
    return chart;
  }

  // One line per HS code; a flagged period (zero or missing weight, not loaded, no trade) is null: a gap, never zero.
  function unitValues(el) {
    var data = JSON.parse(el.dataset.chart);
    var chart = window.echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 70, right: 30, top: 50, bottom: 40 },
      xAxis: { type: 'category', data: data.periods },
      yAxis: { type: 'value', name: el.dataset.unit },
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
