// /markets: the score of every market as a stacked horizontal bar, one colour per part, from the JSON in data-chart
// (no inline scripts: CSP script-src 'self'). Numbers through NeracaCharts, the one chart formatter.
(function () {
  'use strict';

  var charts = window.NeracaCharts;

  function ranking(el) {
    var data = JSON.parse(el.dataset.chart);
    var number = charts.formatter(charts.locale(), 2);
    var chart = window.echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: function (v) { return number(v); } },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: 50, bottom: 8, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: charts.formatter(charts.locale(), 0) } },
      yAxis: { type: 'category', inverse: true, data: data.markets },
      series: data.parts.map(function (p) {
        return { name: p.name, type: 'bar', stack: 'score', data: p.data };
      })
    });
    return chart;
  }

  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('markets-chart');
    if (!window.echarts || !el) {
      return;
    }
    var chart = ranking(el);
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
