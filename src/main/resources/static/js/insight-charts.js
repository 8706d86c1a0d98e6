// Charts of the dashboards: each box carries its data (labels and values, the same as the table beside it) as JSON
// in data-insight-chart, so the page needs no inline script (CSP script-src 'self').
document.addEventListener('DOMContentLoaded', () => {
  if (typeof echarts === 'undefined') return;
  document.querySelectorAll('[data-insight-chart]').forEach((box) => {
    let data;
    try {
      data = JSON.parse(box.dataset.insightChart);
    } catch (e) {
      return;
    }
    const chart = echarts.init(box);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 8, bottom: 8, top: 16, containLabel: true },
      xAxis: data.type === 'line' ? { type: 'category', data: data.labels } : { type: 'value' },
      yAxis: data.type === 'line' ? { type: 'value' } : { type: 'category', data: data.labels, inverse: true },
      series: [{ name: data.name, type: data.type, data: data.values }],
    });
    window.addEventListener('resize', () => chart.resize());
  });
});
