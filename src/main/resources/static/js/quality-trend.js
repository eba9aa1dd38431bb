/*
 * Draws the dashboard's feedback-quality trend with Chart.js: a line of the average coach
 * score per month, read from the table of the chart's figure (the row header is the month,
 * the column marked data-series the average; a month without scored entries shows no
 * number). The page's Content-Security-Policy allows no inline script, and the numbers are
 * sent once.
 */
(function () {
  'use strict';

  var LINE = '#1f6f43';

  function fromTable(table) {
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var series = table.tHead.querySelector('[data-series]');
    var column = headers.indexOf(series);
    var data = { name: series.textContent.trim(), labels: [], averages: [] };
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      var value = parseFloat(row.cells[column].textContent);
      data.labels.push(row.cells[0].textContent.trim());
      data.averages.push(isNaN(value) ? null : value);
    });
    return data;
  }

  function draw(canvas) {
    var data = fromTable(canvas.closest('figure').querySelector('table'));
    new window.Chart(canvas, {
      type: 'line',
      data: {
        labels: data.labels,
        datasets: [{
          label: data.name,
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
