// Touch-friendly multiple choice: every <select multiple> is shown as a list of checkboxes kept in step with
// it (no Ctrl-click), while the page's scripts keep reading and filling the select itself.
(function () {
  'use strict';

  // an <optgroup> becomes a heading over its options' boxes (boxes stay in the order of select.options)
  function render(select, list) {
    list.replaceChildren(...Array.from(select.options).flatMap(option => {
      const row = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = option.selected;
      box.disabled = option.disabled;
      box.addEventListener('change', () => {
        option.selected = box.checked;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      row.append(box, document.createTextNode(' ' + option.textContent));
      const group = option.parentElement;
      if (group.tagName === 'OPTGROUP' && group.firstElementChild === option) {
        const heading = document.createElement('div');
        heading.className = 'checklist-group';
        heading.textContent = group.label;
        return [heading, row];
      }
      return [row];
    }));
  }

  function tick(select, list) {
    Array.from(list.querySelectorAll('input')).forEach((box, i) => {
      if (select.options[i]) box.checked = select.options[i].selected;
    });
  }

  document.querySelectorAll('select[multiple]').forEach(select => {
    const list = document.createElement('div');
    list.className = 'checklist';
    list.setAttribute('role', 'group');
    const label = select.id && document.querySelector('label[for="' + select.id + '"]');
    if (label) {
      label.id = label.id || select.id + '-label';
      list.setAttribute('aria-labelledby', label.id);
    } else if (select.getAttribute('aria-label')) {
      list.setAttribute('aria-label', select.getAttribute('aria-label'));
    }
    select.classList.add('as-checklist');
    select.after(list);
    render(select, list);
    // the page's scripts fill the options after fetching them, and may choose some in code
    new MutationObserver(() => render(select, list)).observe(select, { childList: true, subtree: true, characterData: true });
    select.addEventListener('change', () => tick(select, list));
  });
})();
