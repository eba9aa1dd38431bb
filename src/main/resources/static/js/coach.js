/*
 * The coach's hints name the field they are about as a link to it (#situation …). Without
 * script the link jumps there; with it, a click also moves the focus into the text box so
 * the author can type at once. Hints are replaced as the author types (htmx), so the click
 * is handled on the document.
 */
(function () {
  'use strict';

  document.addEventListener('click', function (event) {
    var link = event.target.closest('a.coach-field[data-field]');
    if (!link) {
      return;
    }
    var field = document.getElementById(link.getAttribute('data-field'));
    if (!field) {
      return;
    }
    event.preventDefault();
    field.focus({ preventScroll: true });
    field.scrollIntoView({ block: 'center', behavior: 'instant' });
  });
})();
