// Keeps the draft of new feedback from coming back once the form is sent. htmx keeps the draft a
// moment after each change; saving the feedback removes it, and a keep still waiting to fire
// would store it again. Once the form is sent, htmx's pending keep is cancelled.
document.addEventListener('DOMContentLoaded', () => {
  const status = document.getElementById('draft-status');
  if (!status) {
    return;
  }
  let sent = false;
  status.closest('form').addEventListener('submit', () => {
    sent = true;
  });
  document.body.addEventListener('htmx:confirm', (event) => {
    if (sent && event.detail.elt === status) {
      event.preventDefault();
    }
  });
});
