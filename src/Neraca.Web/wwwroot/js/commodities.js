// /commodities: draws the raw vs processed chart from the JSON in data-chart (no inline scripts: CSP script-src 'self').
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('raw-processed-chart');
    if (!el || !window.echarts) {
      return;
    }
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
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
