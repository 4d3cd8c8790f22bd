// Draws every <figure class="chart" data-chart="bar|line"> from the <table> inside it (decision 337): the first
// column gives the labels, the columns whose header has data-series give the series (every numeric column when none
// has), data-limit keeps the first n rows in the chart only. The canvas is labelled by the figure's caption and put
// before the table, which stays visible: it is the chart's accessible twin. Chart.js sizes its canvas through CSSOM,
// which the CSP (style-src 'self') allows.
(function () {
  var COLOURS = ['#1f5f8b', '#b34700', '#2e7d32', '#6a1b9a', '#c62828', '#00838f', '#5d4037', '#455a64', '#9e9d24', '#ad1457'];

  function number(cell) {
    var text = (cell && cell.textContent || '').replace(/[\s\u00a0\u202f,]/g, '');
    var value = parseFloat(text);
    return isNaN(value) ? null : value;
  }

  function draw(figure) {
    if (figure.hasAttribute('data-drawn') || typeof Chart === 'undefined') {
      return;
    }
    var table = figure.querySelector('table');
    if (!table || !table.tHead || !table.tBodies.length) {
      return;
    }
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var limit = parseInt(figure.getAttribute('data-limit') || '0', 10);
    if (limit > 0) {
      rows = rows.slice(0, limit);
    }
    var columns = [];
    headers.forEach(function (header, index) {
      if (index > 0 && header.hasAttribute('data-series')) {
        columns.push(index);
      }
    });
    if (!columns.length) {
      headers.forEach(function (header, index) {
        if (index > 0 && rows.length && rows.every(function (row) { return number(row.cells[index]) !== null; })) {
          columns.push(index);
        }
      });
    }
    if (!columns.length || !rows.length) {
      return;
    }
    var kind = figure.getAttribute('data-chart') === 'line' ? 'line' : 'bar';
    var datasets = columns.map(function (index, n) {
      return {
        label: headers[index].textContent.trim(),
        data: rows.map(function (row) { return number(row.cells[index]) || 0; }),
        backgroundColor: COLOURS[n % COLOURS.length],
        borderColor: COLOURS[n % COLOURS.length],
        tension: 0.2
      };
    });
    var caption = figure.querySelector('figcaption');
    var holder = document.createElement('div');
    holder.className = 'chart-canvas';
    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', caption ? caption.textContent.trim() : '');
    holder.appendChild(canvas);
    var wrap = table.closest('.table-wrap') || table;
    wrap.parentNode.insertBefore(holder, wrap);
    figure.setAttribute('data-drawn', '');
    new Chart(canvas, {
      type: kind,
      data: {labels: rows.map(function (row) { return row.cells[0].textContent.trim(); }), datasets: datasets},
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {legend: {display: datasets.length > 1}},
        scales: {y: {beginAtZero: true, ticks: {precision: 0}}}
      }
    });
  }

  function drawAll(root) {
    (root || document).querySelectorAll('figure.chart').forEach(draw);
  }

  document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
  // a card brought by htmx (hx-get on load) draws its charts when it arrives
  document.addEventListener('htmx:load', function (event) { drawAll(event.target); });
})();
