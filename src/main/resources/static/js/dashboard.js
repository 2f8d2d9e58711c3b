// Draws the dashboard's charts from the figures the server computed (no figures are computed here).
(function () {
  var data = JSON.parse(document.getElementById('dashboard-data').textContent);
  if (!window.echarts) return;
  var red = '#b71c1c', green = '#2e7d32', grey = '#9e9e9e';
  function draw(id, option) {
    var el = document.getElementById(id);
    if (!el) return;
    var chart = echarts.init(el);
    chart.setOption(Object.assign({ grid: { left: 40, right: 16, top: 30, bottom: 40, containLabel: true }, tooltip: { trigger: 'axis' } }, option));
    window.addEventListener('resize', function () { chart.resize(); });
  }
  function bars(id, items) {
    draw(id, {
      legend: { data: ['收到', '已办结'] },
      xAxis: { type: 'category', data: items.map(function (s) { return s.name; }), axisLabel: { interval: 0, rotate: items.length > 6 ? 40 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '收到', type: 'bar', data: items.map(function (s) { return s.received; }), itemStyle: { color: red } },
        { name: '已办结', type: 'bar', data: items.map(function (s) { return s.closed; }), itemStyle: { color: green } }
      ]
    });
  }
  draw('chart-months', {
    legend: { data: ['收到', '已办结'] },
    xAxis: { type: 'category', data: data.months },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '收到', type: 'line', data: data.received, itemStyle: { color: red } },
      { name: '已办结', type: 'line', data: data.closed, itemStyle: { color: green } }
    ]
  });
  draw('chart-ontime', {
    xAxis: { type: 'category', data: data.onTime.map(function (s) { return s.name; }) },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [{ type: 'bar', data: data.onTime.map(function (s) { return s.value < 0 ? null : s.value; }), itemStyle: { color: green },
      label: { show: true, position: 'top', formatter: '{c}%' } }]
  });
  draw('chart-channel', {
    tooltip: { trigger: 'item' },
    series: [{ type: 'pie', radius: '65%', data: data.channel.map(function (s) { return { name: s.name, value: s.received }; }) }]
  });
  bars('chart-category', data.category);
  bars('chart-deputy', data.deputy);
  bars('chart-block', data.block);
  draw('chart-department', {
    legend: { data: ['按时办结', '逾期办结', '交办'] },
    xAxis: { type: 'category', data: data.department.map(function (s) { return s.name; }), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '交办', type: 'bar', data: data.department.map(function (s) { return s.dispatched; }), itemStyle: { color: grey } },
      { name: '按时办结', type: 'bar', stack: 'done', data: data.department.map(function (s) { return s.onTime; }), itemStyle: { color: green } },
      { name: '逾期办结', type: 'bar', stack: 'done', data: data.department.map(function (s) { return s.late; }), itemStyle: { color: red } }
    ]
  });
  draw('chart-backlog', {
    xAxis: { type: 'category', data: data.backlog.map(function (s) { return s.name; }) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: data.backlog.map(function (s) { return s.received; }), itemStyle: { color: red } }]
  });
})();
