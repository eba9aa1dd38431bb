/*
 * Draws the growth charts of a history page or profile with Chart.js. Each canvas carries
 * its data as JSON in data-chart ({labels, reinforcing, redirecting, focus?}; a label may be
 * an array of lines); the section
 * around it carries the translated series names. The page's Content-Security-Policy allows
 * no inline script, so everything the charts need travels in data attributes.
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

  function draw(canvas) {
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    var names = canvas.closest('[data-growth]').dataset;
    var horizontal = canvas.getAttribute('data-chart-axis') === 'y';
    var share = canvas.hasAttribute('data-chart-share');
    var focus = data.focus || [];
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
          dataset(names.labelReinforcing, data.reinforcing, REINFORCING, focus),
          dataset(names.labelRedirecting, data.redirecting, REDIRECTING, focus)
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
