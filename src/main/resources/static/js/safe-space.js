// Shows the safe-space agreement of the project chosen on the feedback form, so the writer
// keeps in mind what was agreed may fail without harm.
document.addEventListener('DOMContentLoaded', () => {
  const select = document.getElementById('projectId');
  if (!select) {
    return;
  }
  const show = () => {
    document.querySelectorAll('.safe-space-notes [data-project]').forEach((note) => {
      note.hidden = note.dataset.project !== select.value;
    });
  };
  select.addEventListener('change', show);
  show();
});
