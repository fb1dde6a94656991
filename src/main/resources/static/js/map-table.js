// What the map shows, as tables: the chosen target by area (neighbourhoods, municipi or sections) with its rate
// per 1,000 residents, and the facilities on the map. The non-visual alternative of the canvas map: sortable by
// any column (buttons in the headers, aria-sort says the order), downloadable as CSV. Figures come from the same
// disclosure-controlled API as the map (/api/demand); withheld counts stay withheld.
(function () {
  'use strict';

  const dialog = document.getElementById('map-table');
  const openButton = document.getElementById('map-table-open');
  if (!dialog || !openButton || !window.wiMap) {
    return;
  }
  const levelSelect = document.getElementById('map-table-level');
  const body = document.getElementById('map-table-body');
  const caption = document.getElementById('map-table-caption');
  const download = document.getElementById('map-table-csv');
  const state = {rows: [], columns: [], sort: {column: 1, descending: true}, kind: 'demand'};
  window.wiMapTable = state;

  function element(tag, content) {
    const node = document.createElement(tag);
    if (content != null) {
      node.textContent = content;
    }
    return node;
  }

  function selectedText(id) {
    const select = document.getElementById(id);
    return select && select.selectedIndex >= 0 ? select.options[select.selectedIndex].textContent : '';
  }

  async function demandRows() {
    const target = document.getElementById('target').value;
    const response = await fetch('/api/demand?level=' + encodeURIComponent(levelSelect.value) + '&target='
      + encodeURIComponent(target), {headers: {Accept: 'application/json'}, credentials: 'same-origin'});
    if (!response.ok) {
      throw new Error(WI.t('js.common.server-answered', response.status));
    }
    const layer = await response.json();
    state.columns = [{label: WI.t('js.table.area'), type: 'text'}, {label: WI.t('js.table.people'), type: 'number'},
      {label: WI.t('js.table.per-1000'), type: 'number', digits: 1}, {label: WI.t('js.table.residents'), type: 'number'}];
    state.rows = layer.units.map((u) => [u.name || u.code, u.value,
      u.value != null && u.population > 0 ? u.value * 1000 / u.population : null, u.population]);
    if (layer.graded) {
      // estimates graded by deprivation carry their 80 % interval
      state.columns.push({label: WI.t('js.table.low'), type: 'number'}, {label: WI.t('js.table.high'), type: 'number'});
      layer.units.forEach((u, k) => state.rows[k].push(u.low, u.high));
    }
    caption.textContent = WI.t('js.table.caption', selectedText('target'), selectedText('map-table-level'), layer.period)
      + (layer.estimated ? ' ' + WI.t('js.table.estimated') : '');
  }

  function facilityRows() {
    const layer = window.wiMap.facilities;
    state.columns = [{label: WI.t('js.table.facility'), type: 'text'}, {label: WI.t('js.table.address'), type: 'text'},
      {label: WI.t('js.table.status'), type: 'text'}, {label: WI.t('js.table.services'), type: 'text'},
      {label: WI.t('js.table.places'), type: 'number'}];
    state.rows = [];
    if (layer) {
      layer.eachLayer((marker) => {
        const p = marker.feature.properties;
        const services = p.services || [];
        state.rows.push([p.name, p.address || '', WI.status(p.status), services.map((s) => s.name).join('; '),
          services.reduce((sum, s) => sum + (s.inForce && s.placesInForce ? s.placesInForce : 0), 0)]);
      });
    }
    caption.textContent = WI.t('js.table.facilities-caption', state.rows.length, selectedText('service-type'));
  }

  function compare(a, b, type) {
    if (a == null && b == null) {
      return 0;
    }
    if (a == null) {
      return 1;
    }
    if (b == null) {
      return -1;
    }
    return type === 'number' ? a - b : String(a).localeCompare(String(b));
  }

  function cellText(value, column) {
    if (column.type !== 'number') {
      return value;
    }
    return value == null ? WI.t('js.common.withheld') : WI.fmt.number(value, column.digits || 0);
  }

  function render() {
    const {column, descending} = state.sort;
    const type = state.columns[column] ? state.columns[column].type : 'text';
    const rows = state.rows.slice().sort((a, b) => {
      const order = compare(a[column], b[column], type);
      // withheld and missing figures stay last whichever the order
      return a[column] == null || b[column] == null ? order : descending ? -order : order;
    });
    const table = element('table');
    table.className = 'data-table';
    const head = element('tr');
    state.columns.forEach((c, k) => {
      const th = element('th');
      th.scope = 'col';
      th.setAttribute('aria-sort', k === column ? (descending ? 'descending' : 'ascending') : 'none');
      if (c.type === 'number') {
        th.className = 'number';
      }
      const button = element('button', c.label + (k === column ? (descending ? ' ▼' : ' ▲') : ''));
      button.type = 'button';
      button.addEventListener('click', () => {
        state.sort = {column: k, descending: k === column ? !descending : c.type === 'number'};
        render();
      });
      th.appendChild(button);
      head.appendChild(th);
    });
    const thead = element('thead');
    thead.appendChild(head);
    table.appendChild(thead);
    const tbody = element('tbody');
    rows.forEach((row) => {
      const tr = element('tr');
      row.forEach((value, k) => {
        const td = element(k === 0 ? 'th' : 'td', cellText(value, state.columns[k]));
        if (k === 0) {
          td.scope = 'row';
        }
        if (state.columns[k].type === 'number') {
          td.className = 'number';
        }
        tr.appendChild(td);
      });
      tbody.appendChild(tr);
    });
    table.appendChild(tbody);
    body.replaceChildren(table);
    state.shown = rows;
  }

  function csvField(value) {
    const text = value == null ? '' : String(value);
    const safe = /^[=+\-@]/.test(text) ? "'" + text : text;
    return /[",\n]/.test(safe) || safe !== text ? '"' + safe.replace(/"/g, '""') + '"' : safe;
  }

  function downloadCsv() {
    const lines = [state.columns.map((c) => csvField(c.label)).join(',')];
    state.shown.forEach((row) => lines.push(row.map((v, k) => state.columns[k].type === 'number'
      ? (v == null ? '' : String(Math.round(v * (state.columns[k].digits ? 10 : 1)) / (state.columns[k].digits ? 10 : 1)))
      : csvField(v)).join(',')));
    const blob = new Blob(['\ufeff' + lines.join('\n') + '\n'], {type: 'text/csv;charset=utf-8'});
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = (state.kind === 'demand' ? document.getElementById('target').value + '-' + levelSelect.value
      : 'facilities') + '.csv';
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  async function show() {
    body.replaceChildren(element('p', WI.t('js.table.loading')));
    state.kind = dialog.querySelector('input[name="map-table-kind"]:checked').value;
    levelSelect.disabled = state.kind !== 'demand';
    try {
      if (state.kind === 'demand') {
        await demandRows();
        state.sort = {column: 1, descending: true};
      } else {
        facilityRows();
        state.sort = {column: 0, descending: false};
      }
      render();
      state.ready = true;
    } catch (e) {
      body.replaceChildren(element('p', WI.t('js.table.failed', e.message)));
    }
  }

  openButton.addEventListener('click', () => {
    dialog.showModal();
    show();
  });
  document.getElementById('map-table-close').addEventListener('click', () => dialog.close());
  dialog.querySelectorAll('input[name="map-table-kind"]').forEach((radio) => radio.addEventListener('change', show));
  levelSelect.addEventListener('change', show);
  download.addEventListener('click', downloadCsv);
})();
