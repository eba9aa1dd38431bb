// The person picker (fragments/people.html): a type-ahead in place of the plain select the
// page was drawn with. The select stays, hidden, and holds what is chosen, so the form sends
// the same fields with or without script. htmx fetches the people matching what is typed
// (/people/choices); this script goes through them with the arrow keys, chooses with Enter or
// a click, shows who is chosen, and tells screen readers what happened (ARIA combobox).
document.addEventListener('DOMContentLoaded', () => {
  const say = (message, ...values) =>
    values.reduce((text, value, i) => text.replace('{' + i + '}', value), message || '');

  document.querySelectorAll('.person-picker').forEach((picker) => {
    const select = picker.querySelector('select[data-picker-select]');
    const box = picker.querySelector('.picker');
    const input = box.querySelector('[role="combobox"]');
    const listbox = box.querySelector('[role="listbox"]');
    const status = box.querySelector('[data-picker-status]');
    const chips = box.querySelector('[data-picker-chosen]');
    const max = Number(box.dataset.max);
    const several = max !== 1;
    const text = box.dataset;

    // The label, the hint, the error and the error summary's link now lead to the text box.
    const field = select.id;
    select.id = field + '-select';
    input.id = field;
    ['aria-describedby', 'aria-invalid'].forEach((name) => {
      if (select.hasAttribute(name)) {
        input.setAttribute(name, select.getAttribute(name));
      }
    });
    input.classList.toggle('is-invalid', select.classList.contains('is-invalid'));
    select.hidden = true;
    box.hidden = false;

    const labelOf = (option) => option.textContent.trim();
    const chosen = () => Array.from(select.selectedOptions).filter((option) => option.value !== '');
    const optionFor = (id, label) => {
      let option = Array.from(select.options).find((o) => o.value === id);
      if (!option) {
        option = new Option(label, id);
        select.add(option);
      }
      return option;
    };
    const options = () => Array.from(listbox.querySelectorAll('[role="option"]'));
    const announce = (message) => {
      status.textContent = message;
    };

    // One person: the text box shows who is chosen; several: a list of them above it.
    const showChosen = () => {
      if (!several) {
        const one = chosen()[0];
        input.value = one ? labelOf(one) : '';
        return;
      }
      chips.replaceChildren(...chosen().map((option) => {
        const chip = document.createElement('li');
        chip.className = 'picker-chip';
        const name = document.createElement('span');
        name.textContent = labelOf(option);
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'btn-close';
        remove.setAttribute('aria-label', say(text.remove, labelOf(option)));
        remove.addEventListener('click', () => {
          option.selected = false;
          showChosen();
          announce(say(text.removed, labelOf(option)));
          input.focus();
        });
        chip.append(name, remove);
        return chip;
      }));
      chips.hidden = chosen().length === 0;
    };

    let active = -1;
    const open = (show) => {
      listbox.hidden = !show;
      input.setAttribute('aria-expanded', String(show));
      if (!show) {
        activate(-1);
      }
    };
    const activate = (index) => {
      const all = options();
      active = index;
      all.forEach((option, i) => option.classList.toggle('active', i === index));
      if (index >= 0 && all[index]) {
        input.setAttribute('aria-activedescendant', all[index].id);
        all[index].scrollIntoView({ block: 'nearest' });
      }
      else {
        input.removeAttribute('aria-activedescendant');
      }
    };

    const choose = (item) => {
      const option = optionFor(item.dataset.person, item.textContent.trim());
      if (!several) {
        select.value = option.value;
        showChosen();
        open(false);
        announce(say(text.chosen, labelOf(option)));
        return;
      }
      if (option.selected) {
        option.selected = false;
        announce(say(text.removed, labelOf(option)));
      }
      else if (max > 1 && chosen().length >= max) {
        announce(text.full);
        return;
      }
      else {
        option.selected = true;
        announce(say(text.added, labelOf(option), chosen().length));
      }
      input.value = '';
      showChosen();
      open(false);
    };

    // What is searched for: what was typed, or everyone when the box shows who is chosen.
    input.addEventListener('htmx:configRequest', (event) => {
      const one = chosen()[0];
      const typed = input.value.trim();
      event.detail.parameters.q = (!several && one && typed === labelOf(one)) ? '' : typed;
    });
    box.addEventListener('htmx:afterSwap', (event) => {
      if (event.detail.target !== listbox) {
        return;
      }
      const selected = new Set(chosen().map((option) => option.value));
      const all = options();
      all.forEach((option) => {
        option.id = field + '-option-' + option.dataset.person;
        option.setAttribute('aria-selected', String(selected.has(option.dataset.person)));
      });
      if (document.activeElement !== input) {
        return;
      }
      open(all.length > 0);
      if (all.length === 0) {
        announce(say(text.none, input.value.trim()));
      }
      else if (all[all.length - 1].dataset.more) {
        announce(say(text.found, all.length) + ' ' + say(text.more, all.length));
      }
      else {
        announce(say(text.found, all.length));
      }
    });

    input.addEventListener('keydown', (event) => {
      const all = options();
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        if (listbox.hidden) {
          htmx.trigger(input, 'picker:search');
          return;
        }
        const step = event.key === 'ArrowDown' ? 1 : -1;
        activate((active + step + all.length) % all.length);
      }
      else if (event.key === 'Enter') {
        // Never sends the form: Enter here chooses.
        event.preventDefault();
        if (!listbox.hidden && all[active]) {
          choose(all[active]);
        }
      }
      else if (event.key === 'Escape' && !listbox.hidden) {
        event.preventDefault();
        open(false);
      }
    });
    input.addEventListener('focus', () => input.select());
    input.addEventListener('blur', () => {
      open(false);
      if (!several) {
        if (input.value.trim() === '') {
          select.value = '';
        }
        showChosen();
      }
    });
    // A click chooses; pressing on the list keeps the focus in the text box.
    listbox.addEventListener('mousedown', (event) => event.preventDefault());
    listbox.addEventListener('click', (event) => {
      const item = event.target.closest('[role="option"]');
      if (item) {
        choose(item);
      }
    });

    showChosen();
  });
});
