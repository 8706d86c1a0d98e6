// Survey pages: a question shown only when another answer has a value (data-show-if="question=value", looked up in
// the same block first), and the bar charts of the results (data in data-survey-chart, so no inline script).
document.addEventListener('DOMContentLoaded', () => {
  const scopeOf = (el) => el.closest('[data-block]') || document;
  const valueOf = (scope, key) => {
    const inputs = [...scope.querySelectorAll('[data-q="' + key + '"]')];
    const found = inputs.length ? inputs : [...document.querySelectorAll('[data-plain] [data-q="' + key + '"]')];
    return found.filter((i) => (i.type === 'radio' || i.type === 'checkbox') ? i.checked : true).map((i) => i.value);
  };
  const refresh = () => {
    document.querySelectorAll('[data-show-if]').forEach((el) => {
      const [key, value] = el.dataset.showIf.split('=');
      el.hidden = !valueOf(scopeOf(el), key).includes(value);
    });
  };
  document.addEventListener('change', refresh);
  refresh();
  if (typeof echarts === 'undefined') return;
  document.querySelectorAll('[data-survey-chart]').forEach((box) => {
    let data;
    try {
      data = JSON.parse(box.dataset.surveyChart);
    } catch (e) {
      return;
    }
    box.style.height = Math.max(160, 28 * data.labels.length + 40) + 'px';
    const chart = echarts.init(box);
    chart.setOption({
      grid: { left: 220, right: 30, top: 10, bottom: 20 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: data.labels, inverse: true, axisLabel: { width: 210, overflow: 'truncate' } },
      series: [{ type: 'bar', data: data.counts }],
      tooltip: {},
    });
  });
});
