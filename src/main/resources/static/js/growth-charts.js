/*
 * Draws the growth charts of a history page or profile with Chart.js. Each chart's numbers
 * are in the table of its figure, which screen readers read too: the header cells marked
 * data-series are the two series, each row is a bar labelled by its row header (with a
 * second line from a cell marked data-label-line), and a row marked data-focus is a focus
 * skill. The page's Content-Security-Policy allows no inline script, and the numbers are
 * sent once.
 */
(function () {
  'use strict';

  var REINFORCING = '#198754';
  var REDIRECTING = '#e0a800';
  var INK = '#212529';
  var MUTED = '#495057';

  function sum(values) {
    return values.reduce(function (a, b) { return a + b; }, 0);
  }

  /** Writes "12" (or "12 · 75%" with the reinforcing share) at the end of each bar. */
  var totals = {
    id: 'sproutTotals',
    afterDatasetsDraw: function (chart, args, options) {
      var ctx = chart.ctx;
      var scale = chart.scales.x;
      var visible = chart.data.datasets.filter(function (dataset, i) { return chart.isDatasetVisible(i); });
      var meta = chart.getDatasetMeta(0);
      ctx.save();
      ctx.fillStyle = MUTED;
      ctx.font = '12px system-ui, sans-serif';
      ctx.textBaseline = 'middle';
      chart.data.labels.forEach(function (label, i) {
        var total = sum(visible.map(function (dataset) { return dataset.data[i]; }));
        var text = String(total);
        if (options.share && total > 0) {
          text += ' \u00b7 ' + Math.round(100 * chart.data.datasets[0].data[i] / sum(chart.data.datasets.map(
            function (dataset) { return dataset.data[i]; }))) + '%';
        }
        ctx.fillText(text, scale.getPixelForValue(total) + 6, meta.data[i].y);
      });
      ctx.restore();
    }
  };

  /** Legend swatches without the outline that marks focus bars. */
  function plainSwatches(chart) {
    return window.Chart.defaults.plugins.legend.labels.generateLabels(chart).map(function (item) {
      item.lineWidth = 0;
      item.strokeStyle = item.fillStyle;
      return item;
    });
  }

  /** Splits a label into lines of about the given length at spaces; arrays stay as they are. */
  function wrap(label, length) {
    if (typeof label !== 'string' || label.length <= length) {
      return label;
    }
    var lines = [''];
    label.split(' ').forEach(function (word) {
      var line = lines[lines.length - 1];
      if (line && (line + ' ' + word).length > length) {
        lines.push(word);
      }
      else {
        lines[lines.length - 1] = line ? line + ' ' + word : word;
      }
    });
    return lines;
  }

  function dataset(label, values, colour, focus) {
    return {
      label: label,
      data: values,
      backgroundColor: colour,
      borderColor: values.map(function (v, i) { return focus[i] ? INK : colour; }),
      borderWidth: values.map(function (v, i) { return focus[i] ? 2 : 0; }),
      maxBarThickness: 28
    };
  }

  /** {labels, series: [{name, values}], focus} from the table of the chart's figure. */
  function fromTable(table) {
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var series = headers.filter(function (cell) { return cell.hasAttribute('data-series'); }).map(function (cell) {
      return { name: cell.textContent.trim(), column: headers.indexOf(cell), values: [] };
    });
    var data = { labels: [], series: series, focus: [] };
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      var label = row.cells[0].textContent.trim();
      var line = row.querySelector('[data-label-line]');
      var second = line ? line.textContent.trim() : '';
      data.labels.push(second ? [label, second] : label);
      data.focus.push(row.hasAttribute('data-focus'));
      series.forEach(function (s) { s.values.push(Number(row.cells[s.column].textContent.trim()) || 0); });
    });
    return data;
  }

  function draw(canvas) {
    var data = fromTable(canvas.closest('figure').querySelector('table'));
    var horizontal = canvas.getAttribute('data-chart') === 'y';
    var share = canvas.hasAttribute('data-chart-share');
    var focus = data.focus;
    // On a phone, long names would be cut off at the left edge: break them in two lines.
    var narrow = horizontal && canvas.parentElement.clientWidth < 480;
    var labels = data.labels.map(function (label, i) {
      var text = focus[i] ? '\u2605 ' + label : label;
      return narrow ? wrap(text, 14) : text;
    });
    if (horizontal) {
      // One row per bar; set through the CSSOM, which the style-src policy allows.
      canvas.parentElement.style.height = (Math.max(2, labels.length) * (narrow ? 2.6 : 2.1) + 4) + 'rem';
    }
    var count = { stacked: true, beginAtZero: true, ticks: { precision: 0 } };
    var category = {
      stacked: true,
      grid: { display: false },
      ticks: {
        color: INK,
        autoSkip: !horizontal,
        font: function (context) { return focus[context.index] ? { weight: 'bold' } : {}; }
      }
    };
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: labels,
        datasets: [
          dataset(data.series[0].name, data.series[0].values, REINFORCING, focus),
          dataset(data.series[1].name, data.series[1].values, REDIRECTING, focus)
        ]
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: horizontal ? { x: count, y: category } : { x: category, y: count },
        // Room at the end of the bars for their totals.
        layout: { padding: { right: horizontal ? (share ? 64 : 32) : 0 } },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 14, generateLabels: plainSwatches } },
          sproutTotals: { share: share }
        }
      },
      plugins: horizontal ? [totals] : []
    });
  }

  function drawAll() {
    if (!window.Chart) {
      return;
    }
    document.querySelectorAll('canvas[data-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  }
  else {
    drawAll();
  }
})();
