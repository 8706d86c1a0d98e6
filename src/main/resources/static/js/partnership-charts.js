// Charts of the partnership pages: the self-assessment radar and the indicators over time. The data comes as JSON
// in the element's data-chart attribute, so the pages need no inline script (CSP script-src 'self').
document.addEventListener('DOMContentLoaded', () => {
  if (typeof echarts === 'undefined') return;
  document.querySelectorAll('[data-chart]').forEach((box) => {
    let data;
    try {
      data = JSON.parse(box.dataset.chart);
    } catch (e) {
      return;
    }
    const chart = echarts.init(box);
    if (data.type === 'radar') {
      chart.setOption({
        tooltip: {},
        legend: { bottom: 0, data: data.series.map((s) => s.name) },
        radar: { indicator: data.indicators, radius: '60%' },
        series: [{ type: 'radar', data: data.series }],
      });
    } else {
      chart.setOption({
        tooltip: { trigger: 'axis' },
        legend: { bottom: 0 },
        grid: { bottom: 70, containLabel: true },
        xAxis: { type: 'category', data: data.periods },
        yAxis: { type: 'value' },
        series: data.series.map((s) => ({ name: s.name, type: 'line', data: s.values })),
      });
    }
    window.addEventListener('resize', () => chart.resize());
  });
});
