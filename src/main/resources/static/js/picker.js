// The type-ahead picker (fragments/picker.html): the WAI-ARIA combobox pattern with a listbox popup. Progressive
// enhancement only: without this file the picker is a search field and a button that lists the choices as radio
// buttons. Loaded once per picker on a page, it starts once.
(() => {
  if (window.libPartnersPicker) return;
  window.libPartnersPicker = true;

  const init = (input) => {
    const box = input.closest('.picker');
    const field = input.dataset.pickerField;
    const multi = input.dataset.pickerMulti === 'true';
    const list = box.querySelector('[role="listbox"]');
    const status = box.querySelector('.picker-status');
    const search = box.querySelector('.picker-search');
    let items = [];
    let active = -1;
    let timer = null;
    let asked = 0;

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    if (search) search.hidden = true;

    const valueInput = () => {
      let hidden = box.querySelector('input.picker-value');
      if (!hidden) {
        // The page listed choices without script (radio buttons); the type-ahead takes over from them.
        box.querySelectorAll('.picker-choices').forEach((f) => f.remove());
        hidden = document.createElement('input');
        hidden.type = 'hidden';
        hidden.name = field;
        hidden.className = 'picker-value';
        box.appendChild(hidden);
      }
      return hidden;
    };

    const close = () => {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    };

    const open = () => {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    };

    const highlight = (index) => {
      const options = list.querySelectorAll('[role="option"]');
      if (!options.length) return;
      active = (index + options.length) % options.length;
      options.forEach((o, i) => o.setAttribute('aria-selected', i === active ? 'true' : 'false'));
      input.setAttribute('aria-activedescendant', options[active].id);
      options[active].scrollIntoView({ block: 'nearest' });
    };

    const render = () => {
      list.replaceChildren();
      active = -1;
      input.removeAttribute('aria-activedescendant');
      items.forEach((item, i) => {
        const li = document.createElement('li');
        li.id = `${list.id}-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.textContent = item.label;
        if (item.hint) {
          const hint = document.createElement('span');
          hint.className = 'picker-hint';
          hint.textContent = item.hint;
          li.appendChild(hint);
        }
        li.addEventListener('mousedown', (e) => e.preventDefault()); // keep the focus in the field
        li.addEventListener('click', () => pick(i));
        list.appendChild(li);
      });
      if (status) {
        status.textContent = items.length ? input.dataset.pickerCount.replace('{0}', items.length)
          : input.dataset.pickerNone;
      }
      if (items.length) open(); else close();
    };

    const load = async () => {
      const q = input.value.trim();
      if (q.length < 2) {
        items = [];
        close();
        return;
      }
      const mine = ++asked;
      const url = new URL(input.dataset.pickerSource, window.location.href);
      url.searchParams.set('q', q);
      try {
        const headers = { Accept: 'application/json' };
        if (input.dataset.pickerLang) headers['Accept-Language'] = input.dataset.pickerLang; // names as on the page
        const response = await fetch(url, { headers, credentials: 'same-origin' });
        if (!response.ok || mine !== asked) return;
        const data = await response.json();
        const rows = Array.isArray(data) ? data : (data.content || data.items || []);
        items = rows.map((d) => ({
          value: String(d.value ?? d.id ?? d.code),
          label: d.label ?? d.name ?? String(d.value ?? d.id),
          hint: d.hint ?? d.settlement ?? '',
        }));
        render();
      } catch (e) {
        // Offline or refused: the search button of the fallback comes back.
        if (search) search.hidden = false;
      }
    };

    const pick = (index) => {
      const item = items[index];
      if (!item) return;
      if (multi) {
        const chosen = box.querySelector('.picker-chosen ul');
        const already = [...chosen.querySelectorAll('input')].some((c) => c.value === item.value);
        if (!already) {
          const li = document.createElement('li');
          const box_ = document.createElement('input');
          box_.type = 'checkbox';
          box_.name = field;
          box_.value = item.value;
          box_.checked = true;
          box_.id = `${field}-chosen-js-${item.value}`;
          const label = document.createElement('label');
          label.htmlFor = box_.id;
          label.textContent = item.hint ? `${item.label} (${item.hint})` : item.label;
          li.append(box_, ' ', label);
          chosen.appendChild(li);
        }
        box.querySelectorAll('.picker-empty').forEach((p) => p.remove());
        input.value = '';
      } else {
        valueInput().value = item.value;
        input.value = item.label;
        const shown = box.querySelector('.picker-chosen strong');
        if (shown) shown.textContent = item.label;
      }
      if (status) status.textContent = item.label;
      close();
    };

    input.addEventListener('input', () => {
      if (!multi) valueInput().value = '';
      clearTimeout(timer);
      timer = setTimeout(load, 200);
    });

    input.addEventListener('keydown', (e) => {
      switch (e.key) {
        case 'ArrowDown':
          e.preventDefault();
          if (list.hidden) {
            if (items.length) { open(); highlight(0); } else load();
          } else {
            highlight(active + 1);
          }
          break;
        case 'ArrowUp':
          e.preventDefault();
          if (!list.hidden) highlight(active - 1);
          break;
        case 'Enter':
          if (!list.hidden && active >= 0) {
            e.preventDefault();
            pick(active);
          } else if (!list.hidden) {
            e.preventDefault(); // an open list: Enter does not send the form half-filled
          }
          break;
        case 'Escape':
          if (!list.hidden) {
            e.preventDefault();
            close();
          } else if (!multi) {
            input.value = '';
            valueInput().value = '';
          }
          break;
        case 'Tab':
          close();
          break;
        default:
      }
    });

    input.addEventListener('blur', () => setTimeout(close, 150));
  };

  const start = () => document.querySelectorAll('input[data-picker-source]').forEach((input) => {
    if (!input.dataset.pickerReady) {
      input.dataset.pickerReady = 'true';
      init(input);
    }
  });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
