/*
 * Draws the dashboard's feedback-quality trend with Chart.js: a line of the average coach
 * score per month (left axis, 0-100) and, for each of the coach's rules, bars of how many of
 * the month's entries drew a hint of it (right axis), so the writer sees which habits recur.
 * Every number is read from the table of the chart's figure, sent once: the row header is
 * the month, the column marked data-series the average (a month without scored entries
 * shows no number), each column marked data-rule one rule. The canvas names the bars' axis
 * in data-count-axis. The page's Content-Security-Policy allows no inline script.
 */
(function () {
  'use strict';

  var LINE = '#1f6f43';
  var BARS = { 'clear': '#0a58ca', 'concise': '#6f42c1', 'actionable': '#b35c00', 'about-the-work': '#b02a37' };

  function fromTable(table) {
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var series = table.tHead.querySelector('[data-series]');
    var average = headers.indexOf(series);
    var rules = headers.filter(function (cell) { return cell.hasAttribute('data-rule'); }).map(function (cell) {
      return { id: cell.getAttribute('data-rule'), label: cell.textContent.trim(), column: headers.indexOf(cell), counts: [] };
    });
    var data = { name: series.textContent.trim(), labels: [], averages: [], rules: rules };
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      var value = parseFloat(row.cells[average].textContent);
      data.labels.push(row.cells[0].textContent.trim());
      data.averages.push(isNaN(value) ? null : value);
      rules.forEach(function (rule) {
        rule.counts.push(parseInt(row.cells[rule.column].textContent, 10) || 0);
      });
    });
    return data;
  }

  function draw(canvas) {
    var data = fromTable(canvas.closest('figure').querySelector('table'));
    var datasets = [{
      type: 'line',
      label: data.name,
      data: data.averages,
      borderColor: LINE,
      backgroundColor: LINE,
      pointRadius: 4,
      spanGaps: true,
      tension: 0.2,
      yAxisID: 'y',
      order: 0
    }];
    data.rules.forEach(function (rule) {
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
