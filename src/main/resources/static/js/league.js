// Draws the league's chart from the figures the server computed; the table above works without it.
(function () {
  var el = document.getElementById('chart-league');
  var source = document.getElementById('league-data');
  if (!el || !source || !window.echarts) return;
  var data = JSON.parse(source.textContent);
  function shown(values) { return values.map(function (v) { return v < 0 ? null : Math.round(v * 10) / 10; }); }
  var first = el.getAttribute('data-first'), second = el.getAttribute('data-second');
  var chart = echarts.init(el);
  chart.setOption({
    grid: { left: 40, right: 16, top: 30, bottom: 40, containLabel: true }, tooltip: { trigger: 'axis' },
    legend: { data: [first, second] },
    xAxis: { type: 'category', data: data.names, axisLabel: { interval: 0, rotate: data.names.length > 6 ? 40 : 0 } },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      { name: first, type: 'bar', data: shown(data.first), itemStyle: { color: '#2e7d32' } },
      { name: second, type: 'bar', data: shown(data.second), itemStyle: { color: '#b71c1c' } }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
