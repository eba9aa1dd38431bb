/*
 * Draws the dashboard's feedback-quality trend with Chart.js: a line of the average coach
 * score per month (left axis, 0-100) and, for each of the coach's rules, bars of how many
 * of the month's entries drew a hint of it (right axis), so the writer sees which habits
 * recur. The canvas carries its data as JSON in data-trend ({labels, averages, rules:
 * [{id, label, counts}]}, null for a month without scored entries), the series name in
 * data-label and the bars' axis title in data-count-axis; the page's
 * Content-Security-Policy allows no inline script.
 */
(function () {
  'use strict';

  var LINE = '#1f6f43';
  var BARS = { 'clear': '#0a58ca', 'concise': '#6f42c1', 'actionable': '#b35c00', 'about-the-work': '#b02a37' };

  function draw(canvas) {
    var data = JSON.parse(canvas.getAttribute('data-trend'));
    var datasets = [{
      type: 'line',
      label: canvas.getAttribute('data-label'),
      data: data.averages,
      borderColor: LINE,
      backgroundColor: LINE,
      pointRadius: 4,
      spanGaps: true,
      tension: 0.2,
      yAxisID: 'y',
      order: 0
    }];
    (data.rules || []).forEach(function (rule) {
      datasets.push({
        type: 'bar',
        label: rule.label,
        data: rule.counts,
        backgroundColor: BARS[rule.id] || '#6c757d',
        yAxisID: 'count',
        order: 1
      });
    });
    new window.Chart(canvas, {
      data: { labels: data.labels, datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          y: { min: 0, max: 100, ticks: { stepSize: 20 } },
          count: {
            position: 'right',
            beginAtZero: true,
            ticks: { precision: 0 },
            grid: { drawOnChartArea: false },
            title: { display: true, text: canvas.getAttribute('data-count-axis') }
          },
          x: { grid: { display: false } }
        },
        plugins: { legend: { display: true, position: 'bottom' } }
      }
    });
  }

  function drawAll() {
    if (!window.Chart) {
      return;
    }
    document.querySelectorAll('canvas[data-trend]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  }
  else {
    drawAll();
  }
})();
