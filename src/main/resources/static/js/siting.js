// "Plan new centres": submits a siting job, follows its progress as server-sent events, then draws the
// chosen sites (numbered red markers), today's centres and the sections each new site takes over, with a
// summary of the gain. Uses the map of map.js (window.wiMap.map). Text from the data is inserted as text.
(function () {
  'use strict';

  const form = document.getElementById('siting-form');
  if (!form) {
    return;
  }
  const modelSelect = document.getElementById('siting-model');
  const serviceSelect = document.getElementById('siting-service');
  const targetSelect = document.getElementById('siting-targets');
  const costsSelect = document.getElementById('siting-costs');
  const radiusUnit = document.getElementById('siting-radius-unit');
  const radiusInput = document.getElementById('siting-radius');
  const phasingInput = document.getElementById('siting-phasing');
  const runButton = document.getElementById('siting-run');
  const cancelButton = document.getElementById('siting-cancel');
  const progressBar = document.getElementById('siting-progress');
  const messageBox = document.getElementById('siting-message');
  const summaryBox = document.getElementById('siting-summary');
  const csrfToken = (document.querySelector('meta[name="_csrf"]') || {}).content;

  // request fields each model reads, from /api/optimisation/models
  const modelParameters = new Map();
  const state = {job: null, status: null, result: null, error: null, layer: null, events: null};
  window.wiSiting = state;

  function text(tag, content, className) {
    const node = document.createElement(tag);
    node.textContent = content;
    if (className) {
      node.className = className;
    }
    return node;
  }

  function number(value, digits) {
    return value == null ? '–' : Number(value).toLocaleString('en-GB', {maximumFractionDigits: digits || 0});
  }

  // person-metres as person-km, person-minutes as person-hours
  function travel(total, unit) {
    return unit === 'm' ? number(total / 1000) + ' person-km' : number(total / 60) + ' person-hours';
  }

  function percent(share) {
    return share == null ? '–' : (share * 100).toLocaleString('en-GB', {maximumFractionDigits: 1}) + ' %';
  }

  function request(method, url, body) {
    const headers = {Accept: 'application/json'};
    if (body) {
      headers['Content-Type'] = 'application/json';
    }
    if (csrfToken && method !== 'GET') {
      headers['X-CSRF-TOKEN'] = csrfToken;
    }
    return fetch(url, {method: method, headers: headers, credentials: 'same-origin',
      body: body ? JSON.stringify(body) : undefined}).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (!response.ok) {
          throw new Error(json.message || (url + ' answered ' + response.status));
        }
        return {json: json, location: response.headers.get('Location')};
      });
    });
  }

  function showParameters() {
    const wanted = modelParameters.get(modelSelect.value) || [];
    form.querySelectorAll('label[data-param]').forEach(function (label) {
      label.hidden = wanted.indexOf(label.dataset.param) < 0;
    });
  }

  function fill(select, items, value, label) {
    items.forEach(function (item) {
      const option = text('option', label(item));
      option.value = value(item);
      select.appendChild(option);
    });
  }

  function setRunning(running) {
    runButton.disabled = running;
    cancelButton.disabled = !running;
    progressBar.hidden = !running && !state.status;
  }

  function showStatus(status) {
    state.status = status;
    progressBar.value = status.progress;
    messageBox.textContent = status.state === 'FAILED' ? 'Failed: ' + status.error
      : status.state + ' — ' + status.message + ' (' + Math.round(status.progress * 100) + ' %)';
    messageBox.className = status.state === 'FAILED' ? 'status error' : 'status';
  }

  function buildRequest() {
    const targets = Array.from(targetSelect.selectedOptions).map(function (o) { return {code: o.value, weight: 1}; });
    const model = modelSelect.value;
    const body = {model: model, serviceType: serviceSelect.value, targets: targets};
    const imported = costsSelect.value === 'imported';
    (modelParameters.get(model) || []).forEach(function (field) {
      const value = Number(form.querySelector('[data-param="' + field + '"] input').value);
      body[imported && field === 'radiusMetres' ? 'radiusMinutes' : field] = value;
    });
    if (imported) {
      body.costs = 'imported';
    }
    const perYear = phasingInput.value.split(',').map(function (v) { return v.trim(); }).filter(Boolean);
    if (perYear.length) {
      body.phasing = {budgetPerYear: perYear.map(Number), siteCost: 1};
    }
    return body;
  }

  function run(event) {
    event.preventDefault();
    clearResult();
    state.error = null;
    setRunning(true);
    progressBar.value = 0;
    messageBox.textContent = 'Reading demand and sites…';
    request('POST', '/api/optimisation/jobs', buildRequest()).then(function (answer) {
      state.job = answer.location;
      showStatus(answer.json);
      follow(answer.location);
    }).catch(fail);
  }

  function follow(job) {
    const events = new EventSource(job + '/events');
    state.events = events;
    events.addEventListener('progress', function (e) { showStatus(JSON.parse(e.data)); });
    events.addEventListener('done', function (e) {
      events.close();
      const status = JSON.parse(e.data);
      showStatus(status);
      if (status.state === 'SUCCEEDED') {
        loadResult(job);
      } else {
        setRunning(false);
      }
    });
    events.onerror = function () {
      // the stream closes after 'done'; anything else is a lost connection: ask for the status once
      if (state.status && ['SUCCEEDED', 'FAILED', 'CANCELLED'].indexOf(state.status.state) >= 0) {
        return;
      }
      events.close();
      request('GET', job).then(function (answer) {
        showStatus(answer.json);
        if (answer.json.state === 'SUCCEEDED') {
          loadResult(job);
        } else if (['RUNNING', 'QUEUED'].indexOf(answer.json.state) >= 0) {
          follow(job);
        } else {
          setRunning(false);
        }
      }).catch(fail);
    };
  }

  function cancel() {
    if (!state.job) {
      return;
    }
    if (state.events) {
      state.events.close();
    }
    request('DELETE', state.job).then(function (answer) {
      showStatus(answer.json);
      setRunning(false);
    }).catch(fail);
  }

  function fail(error) {
    state.error = error.message;
    messageBox.textContent = error.message;
    messageBox.className = 'status error';
    setRunning(false);
  }

  function clearResult() {
    if (state.layer) {
      window.wiMap.map.removeLayer(state.layer);
      state.layer = null;
    }
    state.result = null;
    summaryBox.replaceChildren();
  }

  function loadResult(job) {
    Promise.all([request('GET', job + '/result'), request('GET', job + '/result.geojson')]).then(function (answers) {
      state.result = answers[0].json;
      draw(answers[1].json, state.result);
      summarise(state.result);
      showOnlyServiceFacilities(state.result.request.serviceType);
      setRunning(false);
      summaryBox.scrollIntoView({block: 'end'});
      messageBox.textContent = 'Done in ' + number(state.result.certificate.totalMillis / 1000, 1) + ' s';
    }).catch(fail);
  }

  // the map's own facility layer follows the planned service, so that other services do not clutter the plan
  function showOnlyServiceFacilities(serviceType) {
    const facilitySelect = document.getElementById('service-type');
    if (facilitySelect && facilitySelect.value !== serviceType) {
      facilitySelect.value = serviceType;
      facilitySelect.dispatchEvent(new Event('change'));
    }
  }

  function draw(collection, result) {
    const map = window.wiMap.map;
    const order = new Map(result.newSites.map(function (s, i) { return [s.code, i + 1]; }));
    const lines = L.geoJSON(collection, {
      filter: function (f) { return f.properties.kind === 'allocation' && f.properties.siteKind === 'new'; },
      style: {color: '#cf222e', weight: 1, opacity: 0.6},
      interactive: false
    });
    const existing = L.geoJSON(collection, {
      filter: function (f) { return f.properties.kind === 'existing'; },
      pointToLayer: function (f, latlng) {
        return L.circleMarker(latlng, {radius: 6, color: '#0b3d5c', weight: 2, fillColor: '#ffffff', fillOpacity: 1});
      }
    }).bindTooltip(function (layer) { return 'Today: ' + layer.feature.properties.name; });
    const chosen = L.geoJSON(collection, {
      filter: function (f) { return f.properties.kind === 'new'; },
      pointToLayer: function (f, latlng) {
        return L.marker(latlng, {icon: L.divIcon({className: 'new-site-icon', iconSize: [22, 22],
          html: String(order.get(f.properties.code))}), zIndexOffset: 1000});
      }
    }).bindPopup(function (layer) { return sitePopup(layer.feature.properties, order, result.problem.unit); });
    state.layer = L.layerGroup([lines, existing, chosen]).addTo(map);
    const bounds = chosen.getBounds().extend(lines.getBounds());
    if (bounds.isValid()) {
      map.fitBounds(bounds.pad(0.1), {maxZoom: 14});
    }
  }

  // year by year: the new sites that open and the share of each target's people then within reach
  function phasingTable(result) {
    const order = new Map(result.newSites.map(function (s, i) { return [s.code, i + 1]; }));
    const table = document.createElement('table');
    table.className = 'siting-phasing';
    const head = document.createElement('tr');
    ['year', 'opens', 'within reach'].forEach(function (h) { head.appendChild(text('th', h)); });
    table.appendChild(head);
    result.phasing.years.forEach(function (year) {
      const shares = Object.values(year.shareWithinRadius).map(function (s) { return percent(s); }).join(' / ');
      table.appendChild(row([String(year.year), year.opens.map(function (c) { return order.get(c); }).join(', ') || '–',
        shares]));
    });
    if (result.phasing.notScheduled.length) {
      const tr = document.createElement('tr');
      const cell = text('td', 'Beyond the budgets: ' + result.phasing.notScheduled.map(function (c) {
        return order.get(c); }).join(', '));
      cell.colSpan = 3;
      tr.appendChild(cell);
      table.appendChild(tr);
    }
    return table;
  }

  function sitePopup(p, order, unit) {
    const box = document.createElement('div');
    box.appendChild(text('strong', 'New site ' + order.get(p.code) + ' — ' + p.name));
    box.appendChild(text('div', 'Saves ' + travel(p.personTravelSaved, unit) + ' of travel'));
    Object.keys(p.withinRadiusGain || {}).forEach(function (target) {
      box.appendChild(text('div', target + ': +' + number(p.withinRadiusGain[target], 1) + ' within reach'));
    });
    box.appendChild(text('div', 'Mean travel of the people it serves ' + number(p.meanDistance) + ' ' + unit));
    return box;
  }

  function summarise(result) {
    summaryBox.replaceChildren();
    const c = result.comparison;
    const unit = result.problem.unit;
    if (c.savedShare != null) {
      summaryBox.appendChild(text('div', 'Total travel −' + percent(c.savedShare) + ' ('
        + travel(c.personTravelSaved, unit) + ')', 'gain'));
    }
    if (c.unservedPlan) {
      summaryBox.appendChild(text('div', 'Without a place: ' + (c.unservedToday != null ? number(c.unservedToday)
        + ' today, ' : '') + number(c.unservedPlan) + ' with the plan' + (c.unservedAtLeast != null
        ? ' (no plan of this size below ' + number(c.unservedAtLeast) + ')' : '')));
    }
    const access = document.createElement('table');
    const head = document.createElement('tr');
    ['', 'today', 'plan'].forEach(function (h) { head.appendChild(text('th', h)); });
    access.appendChild(head);
    result.targets.forEach(function (t) {
      const heading = text('td', targetName(t.target), 'target');
      heading.colSpan = 3;
      const tr = document.createElement('tr');
      tr.appendChild(heading);
      access.appendChild(tr);
      access.appendChild(row(['mean travel ' + unit, t.today ? number(t.today.meanDistance) : '–', number(t.plan.meanDistance)]));
      access.appendChild(row(['within ' + number(result.request.radiusMetres || result.request.radiusMinutes) + ' ' + unit,
        t.today ? percent(t.today.shareWithinRadius) : '–', percent(t.plan.shareWithinRadius)]));
      access.appendChild(row(['longest ' + unit, t.today ? number(t.today.maxDistance) : '–', number(t.plan.maxDistance)]));
    });
    if (result.equity) {
      access.appendChild(row(['Gini of travel', number(result.equity.giniToday, 3), number(result.equity.giniPlan, 3)]));
    }
    summaryBox.appendChild(access);

    const key = document.createElement('div');
    key.className = 'siting-key';
    key.appendChild(text('span', '1', 'new-site-icon'));
    key.appendChild(text('span', 'new site'));
    key.appendChild(text('span', '', 'existing-site-dot'));
    key.appendChild(text('span', "today's centre"));
    key.appendChild(text('span', '', 'allocation-line'));
    key.appendChild(text('span', 'sections it takes over'));
    summaryBox.appendChild(key);

    const sites = document.createElement('table');
    const sitesHead = document.createElement('tr');
    ['new site', unit === 'm' ? 'person-km saved' : 'person-hours saved', 'newly in reach'].forEach(function (h) { sitesHead.appendChild(text('th', h)); });
    sites.appendChild(sitesHead);
    result.newSites.forEach(function (s, i) {
      const reached = Object.values(s.adds.withinRadius).reduce(function (a, b) { return a + (b || 0); }, 0);
      sites.appendChild(row([(i + 1) + '. ' + s.code, number(s.adds.personTravelSaved / (unit === 'm' ? 1000 : 60)), number(reached, 1)]));
    });
    summaryBox.appendChild(sites);

    if (result.phasing) {
      summaryBox.appendChild(phasingTable(result));
    }

    const cert = result.certificate;
    // minimising models prove a lower bound, maximising ones an upper bound: show the one that is not the answer
    const bound = cert.lowerBound === cert.objective && cert.upperBound != null ? cert.upperBound : cert.lowerBound;
    summaryBox.appendChild(text('div', 'Objective ' + number(cert.objective) + (cert.gap != null
      ? ', gap ≤ ' + percent(cert.gap) + ' (bound ' + number(bound) + ')' : ', no bound proven')
      + '; stopped: ' + cert.stopReason + '; solver ' + number(cert.solverMillis) + ' ms', 'fine'));
    const links = document.createElement('div');
    [['GeoJSON', result.downloads.geojson], ['Sections CSV', result.downloads.sectionsCsv],
      ['Sites CSV', result.downloads.sitesCsv]].forEach(function (link) {
      const a = text('a', link[0]);
      a.href = link[1];
      a.setAttribute('download', '');
      links.appendChild(a);
    });
    summaryBox.appendChild(links);
  }

  function targetName(code) {
    const option = Array.from(targetSelect.options).find(function (o) { return o.value === code; });
    return option ? option.textContent : code;
  }

  function row(cells) {
    const tr = document.createElement('tr');
    cells.forEach(function (c) { tr.appendChild(text('td', c)); });
    return tr;
  }

  function start() {
    Promise.all([request('GET', '/api/optimisation/models'), request('GET', '/api/service-types'),
      request('GET', '/api/targets')]).then(function (answers) {
      answers[0].json.forEach(function (m) { modelParameters.set(m.code, m.parameters); });
      fill(modelSelect, answers[0].json, function (m) { return m.code; }, function (m) { return m.label; });
      fill(serviceSelect, answers[1].json, function (s) { return s.code; }, function (s) { return s.nameEn; });
      fill(targetSelect, answers[2].json, function (t) { return t.code; }, function (t) { return t.nameEn; });
      serviceSelect.value = 'HOME_CARE';
      Array.from(targetSelect.options).forEach(function (o) {
        o.selected = o.value === 'P_ELDERLY_NON_SELF_SUFFICIENT';
      });
      showParameters();
      state.ready = true;
    }).catch(fail);
  }

  modelSelect.addEventListener('change', showParameters);
  costsSelect.addEventListener('change', function () {
    const minutes = costsSelect.value === 'imported';
    radiusUnit.textContent = minutes ? 'Radius min' : 'Radius m';
    radiusInput.value = minutes ? 15 : 1000;
  });
  form.addEventListener('submit', run);
  cancelButton.addEventListener('click', cancel);
  start();
}());
