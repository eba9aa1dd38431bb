// Keyboard help for every page.
// - Enter on a checkbox or a radio button would send its form half filled: Space ticks them,
//   Enter does nothing there.
// - A skip link, or a link of a form's error summary, moves the focus to what it leads to
//   (for a group of boxes, its first one), so the next key acts on it; without script the
//   link still scrolls there.
document.addEventListener('keydown', (event) => {
  const field = event.target;
  if (event.key === 'Enter' && field.form && field.matches('input[type="checkbox"], input[type="radio"]')) {
    event.preventDefault();
  }
});
document.addEventListener('click', (event) => {
  const link = event.target.closest('a.skip-link, .error-summary a[href^="#"]');
  const target = link && document.getElementById(decodeURIComponent(link.hash.substring(1)));
  if (!target) {
    return;
  }
  const focusable = 'a[href], button, input:not([type="hidden"]), select, textarea, [role="combobox"]';
  const field = target.matches(focusable) ? target : target.querySelector(focusable);
  if (field && !field.closest('[hidden]')) {
    event.preventDefault();
    field.focus({ preventScroll: true });
    field.scrollIntoView({ block: 'center', behavior: 'instant' });
  }
});
