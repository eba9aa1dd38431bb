/*
 * Draws the dashboard's feedback-quality trend with Chart.js: a line of the average coach
 * score per month. The canvas carries its data as JSON in data-trend ({labels, averages},
 * null for a month without scored entries) and the series name in data-label; the page's
 * Content-Security-Policy allows no inline script.
 */
(function () {
  'use strict';

  var LINE = '#1f6f43';

  function draw(canvas) {
    var data = JSON.parse(canvas.getAttribute('data-trend'));
    new window.Chart(canvas, {
      type: 'line',
      data: {
        labels: data.labels,
        datasets: [{
          label: canvas.getAttribute('data-label'),
          data: data.averages,
          borderColor: LINE,
          backgroundColor: LINE,
          pointRadius: 4,
          spanGaps: true,
          tension: 0.2
        }]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          y: { min: 0, max: 100, ticks: { stepSize: 20 } },
          x: { grid: { display: false } }
        },
        plugins: { legend: { display: false } }
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
