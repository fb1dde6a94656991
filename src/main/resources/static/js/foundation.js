// Foundation workspace: choose districts and weighted targets, rank the districts by the need index with
// each score decomposed, save the ranking as a priority set. Text from the data is inserted as text only.
(function () {
  'use strict';

  const csrf = document.querySelector('meta[name="_csrf"]').content;
  const level = document.getElementById('ws-level');
  const districts = document.getElementById('ws-districts');
  const targetSelect = document.getElementById('ws-target');
  const weights = document.querySelector('#ws-weights tbody');
  const serviceSelect = document.getElementById('ws-service');
  const statusBox = document.getElementById('ws-status');
  const ranking = document.getElementById('ws-ranking');
  const targetNames = new Map();
  window.wiWorkspace = {ranked: 0, saved: 0};

  function getJson(url) {
    return fetch(url, {headers: {Accept: 'application/json'}, credentials: 'same-origin'}).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) {
          throw new Error(body.message || WI.t('js.common.url-answered', url, r.status));
        }
        return body;
      });
    });
  }

  function cell(tag, content, className) {
    const node = document.createElement(tag);
    node.textContent = content;
    if (className) {
      node.className = className;
    }
    return node;
  }

  function number(value, digits) {
    return value == null ? WI.t('js.common.withheld') : WI.fmt.number(value, digits);
  }

  function chosenDistricts() {
    return Array.from(districts.selectedOptions).map(function (o) { return o.value; });
  }

  function chosenTargets() {
    return Array.from(weights.querySelectorAll('tr')).map(function (row) {
      return {code: row.dataset.code, weight: Number(row.querySelector('input').value)};
    });
  }

  function addTarget(code, weight) {
    if (!code || weights.querySelector('tr[data-code="' + CSS.escape(code) + '"]')) {
      return;
    }
    const row = document.createElement('tr');
    row.dataset.code = code;
    row.appendChild(cell('td', targetNames.get(code) || code));
    const input = document.createElement('input');
    input.type = 'number';
    input.min = '0';
    input.step = '0.5';
    input.value = weight;
    input.setAttribute('aria-label', WI.t('js.foundation.weight-of', targetNames.get(code) || code));
    const inputCell = document.createElement('td');
    inputCell.appendChild(input);
    row.appendChild(inputCell);
    const remove = cell('button', '×');
    remove.type = 'button';
    remove.addEventListener('click', function () { row.remove(); });
    const removeCell = document.createElement('td');
    removeCell.appendChild(remove);
    row.appendChild(removeCell);
    weights.appendChild(row);
  }

  function loadDistricts() {
    getJson('/api/territories/' + level.value + '?zoom=10').then(function (collection) {
      districts.replaceChildren();
      collection.features.slice().sort(function (a, b) {
        return a.properties.code.localeCompare(b.properties.code, 'en', {numeric: true});
      }).forEach(function (f, i) {
        const option = cell('option', f.properties.name + ' (' + f.properties.code + ')');
        option.value = f.properties.code;
        option.selected = level.value === 'municipio' && i < 3;
        districts.appendChild(option);
      });
      updateComparisonLink();
    }).catch(function (e) { statusBox.textContent = e.message; });
  }

  function show(result) {
    const head = ranking.querySelector('thead');
    const body = ranking.querySelector('tbody');
    head.replaceChildren();
    body.replaceChildren();
    const header = document.createElement('tr');
    ['js.foundation.rank', 'js.foundation.district', 'js.foundation.residents', 'js.foundation.score'].forEach(function (h, i) {
      header.appendChild(cell('th', WI.t(h), i === 1 ? 'text' : null));
    });
    result.targets.forEach(function (t) {
      header.appendChild(cell('th', WI.t('js.foundation.rate', targetNames.get(t.code) || t.code, WI.fmt.number(t.weight, 2))));
      header.appendChild(cell('th', WI.t('js.foundation.contribution')));
    });
    head.appendChild(header);
    result.districts.forEach(function (d) {
      const row = document.createElement('tr');
      row.appendChild(cell('td', d.rank));
      row.appendChild(cell('td', d.name + ' (' + d.code + ')', 'text'));
      row.appendChild(cell('td', number(d.residents, 0)));
      const score = cell('td', '');
      const bar = document.createElement('span');
      bar.className = 'score-bar';
      bar.style.width = Math.round(d.score * 80) + 'px';
      score.appendChild(bar);
      score.appendChild(document.createTextNode(d.score.toFixed(3)));
      row.appendChild(score);
      d.targets.forEach(function (t) {
        row.appendChild(cell('td', number(t.ratePer1000, 1)));
        row.appendChild(cell('td', t.contribution == null ? '–' : WI.fmt.number(t.contribution, 3, 3)));
      });
      body.appendChild(row);
    });
    document.getElementById('ws-excluded').textContent = result.excluded.length === 0 ? ''
      : WI.t('js.foundation.excluded', result.excluded.map(function (code) { return targetNames.get(code) || code; }).join(', '));
  }

  function rankQuery() {
    return 'level=' + encodeURIComponent(level.value) + '&districts=' + encodeURIComponent(chosenDistricts().join(','))
      + '&targets=' + encodeURIComponent(chosenTargets().map(function (t) { return t.code + ':' + t.weight; }).join(','));
  }

  function updateComparisonLink() {
    const first = chosenTargets()[0];
    document.getElementById('ws-comparison').href = '/api/analytics/comparison?level=' + encodeURIComponent(level.value)
      + '&districts=' + encodeURIComponent(chosenDistricts().join(',')) + '&targets=' + encodeURIComponent(first ? first.code : '')
      + '&serviceType=' + encodeURIComponent(serviceSelect.value) + '&format=xlsx';
  }

  document.getElementById('ws-add').addEventListener('click', function () { addTarget(targetSelect.value, 1); });
  document.getElementById('ws-rank').addEventListener('click', function () {
    statusBox.textContent = WI.t('js.foundation.ranking');
    getJson('/api/foundation/ranking?' + rankQuery()).then(function (result) {
      show(result);
      window.wiWorkspace.ranked = result.districts.length;
      statusBox.textContent = WI.t('js.foundation.ranked', WI.fmt.number(result.districts.length));
    }).catch(function (e) { statusBox.textContent = e.message; });
  });

  function loadSaved() {
    getJson('/api/foundation/priority-sets').then(function (list) {
      const box = document.getElementById('ws-saved');
      box.replaceChildren();
      list.forEach(function (s) {
        const item = document.createElement('li');
        const link = cell('a', s.name);
        link.addEventListener('click', function () {
          getJson('/api/foundation/priority-sets/' + s.id).then(function (saved) {
            show(saved.ranking);
            statusBox.textContent = WI.t('js.foundation.as-saved', saved.name, WI.fmt.date(saved.createdAt, true));
          });
        });
        item.appendChild(link);
        item.appendChild(document.createTextNode(' — ' + WI.t('js.foundation.saved-entry',
          WI.fmt.number(s.districts.length), WI.fmt.date(s.createdAt, true))));
        box.appendChild(item);
      });
      window.wiWorkspace.saved = list.length;
    });
  }

  document.getElementById('ws-save').addEventListener('click', function () {
    const body = {name: document.getElementById('ws-name').value, level: level.value,
      districts: chosenDistricts(), targets: chosenTargets()};
    fetch('/api/foundation/priority-sets', {method: 'POST', credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'X-CSRF-TOKEN': csrf}, body: JSON.stringify(body)})
      .then(function (r) {
        return r.json().then(function (answer) {
          if (!r.ok) {
            throw new Error(answer.message || r.status);
          }
          statusBox.textContent = WI.t('js.foundation.saved', answer.name);
          show(answer.ranking);
          loadSaved();
        });
      }).catch(function (e) { statusBox.textContent = e.message; });
  });

  level.addEventListener('change', loadDistricts);
  districts.addEventListener('change', updateComparisonLink);
  serviceSelect.addEventListener('change', updateComparisonLink);
  getJson('/api/targets').then(function (targets) {
    targets.forEach(function (t) {
      targetNames.set(t.code, t.nameEn);
      const option = cell('option', t.name);
      option.value = t.code;
      targetSelect.appendChild(option);
    });
    addTarget('P_ELDERLY_75_PLUS', 2);
    addTarget('P_ELDERLY_ALONE', 1);
    updateComparisonLink();
  });
  getJson('/api/service-types').then(function (types) {
    types.forEach(function (s) {
      const option = cell('option', s.name || s.code);
      option.value = s.code;
      serviceSelect.appendChild(option);
    });
    updateComparisonLink();
  });
  loadDistricts();
  loadSaved();
}());
