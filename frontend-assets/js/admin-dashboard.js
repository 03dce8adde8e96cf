// Staff dashboard: draws each chart (ECharts) from the JSON the portal serves for it. The numbers
// are also in the table beside each chart, so without JavaScript (or if a chart cannot be loaded)
// nothing is missing. The chart areas are shown only once this script runs (class charts-on).
(function () {
  'use strict';
  if (!window.echarts || !window.fetch) {
    return;
  }
  document.documentElement.classList.add('charts-on');

  var drawn = [];

  function numbers(values) {
    return values.map(function (value) { return typeof value === 'number' ? value : Number(value); });
  }

  function daily(data) {
    var orders = data.series[0];
    var premium = data.series[1];
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: data.categories.map(function (day) { return day.slice(5); }) },
      yAxis: [{ type: 'value', name: orders.name, minInterval: 1 }, { type: 'value', name: premium.name }],
      series: [
        { name: orders.name, type: 'bar', data: numbers(orders.values) },
        { name: premium.name, type: 'line', yAxisIndex: 1, data: numbers(premium.values) }
      ]
    };
  }

  function bars(data) {
    var premium = data.series[0];
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', name: premium.name },
      yAxis: { type: 'category', inverse: true, data: data.categories,
        axisLabel: { width: 140, overflow: 'truncate' } },
      series: [{ name: premium.name, type: 'bar', data: numbers(premium.values) }]
    };
  }

  function funnel(data) {
    var counts = numbers(data.series[0].values);
    return {
      tooltip: { trigger: 'item', formatter: '{b}: {c}' },
      series: [{
        name: data.series[0].name, type: 'funnel', sort: 'none', minSize: '10%', left: '10%', width: '80%',
        label: { formatter: '{b}: {c}' },
        data: data.categories.map(function (step, i) { return { name: step, value: counts[i] }; })
      }]
    };
  }

  function stacked(data) {
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: data.categories, axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', minInterval: 1 },
      series: data.series.map(function (s) {
        return { name: s.name, type: 'bar', stack: 'total', data: numbers(s.values) };
      })
    };
  }

  var OPTIONS = { daily: daily, bar: bars, funnel: funnel, stacked: stacked };

  function draw(container) {
    fetch(container.getAttribute('data-chart-url'), {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    }).then(function (data) {
      var build = OPTIONS[data.type];
      if (!build) {
        throw new Error('unknown chart type ' + data.type);
      }
      var chart = window.echarts.init(container, null, { renderer: 'canvas' });
      chart.setOption(build(data));
      drawn.push(chart);
      container.setAttribute('data-chart-drawn', 'true');
    }).catch(function () {
      // the table beside it still has every number
      container.setAttribute('data-chart-drawn', 'failed');
      container.hidden = true;
    });
  }

  document.querySelectorAll('[data-chart-url]').forEach(draw);
  window.addEventListener('resize', function () {
    drawn.forEach(function (chart) { chart.resize(); });
  });
})();
