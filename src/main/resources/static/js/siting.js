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
    return WI.fmt.number(value, digits || 0);
  }

  // person-metres as person-km, person-minutes as person-hours
  function travel(total, unit) {
    return WI.t(unit === 'm' ? 'js.siting.person-km' : 'js.siting.person-hours', number(total / (unit === 'm' ? 1000 : 60)));
  }

  function percent(share) {
    return WI.fmt.percent(share, 1);
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
          throw new Error(json.message || WI.t('js.common.url-answered', url, response.status));
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
    // the solver's running commentary is English only: other languages show the state and the progress
    messageBox.textContent = status.state === 'FAILED' ? WI.t('js.siting.failed', status.error)
      : WI.t('js.siting.state.' + status.state.toLowerCase()) + (WI.lang === 'en' ? ' — ' + status.message : '')
        + ' (' + WI.fmt.percent(status.progress, 0) + ')';
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
    messageBox.textContent = WI.t('js.siting.reading');
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
      messageBox.textContent = WI.t('js.siting.done', number(state.result.certificate.totalMillis / 1000, 1));
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
    }).bindTooltip(function (layer) { return WI.t('js.siting.today-centre', layer.feature.properties.name); });
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
    ['js.siting.year', 'js.siting.opens', 'js.siting.within-reach'].forEach(function (h) {
      head.appendChild(text('th', WI.t(h)));
    });
    table.appendChild(head);
    result.phasing.years.forEach(function (year) {
      const shares = Object.values(year.shareWithinRadius).map(function (s) { return percent(s); }).join(' / ');
      table.appendChild(row([String(year.year), year.opens.map(function (c) { return order.get(c); }).join(', ') || '–',
        shares]));
    });
    if (result.phasing.notScheduled.length) {
      const tr = document.createElement('tr');
      const cell = text('td', WI.t('js.siting.beyond-budgets', result.phasing.notScheduled.map(function (c) {
        return order.get(c); }).join(', ')));
      cell.colSpan = 3;
      tr.appendChild(cell);
      table.appendChild(tr);
    }
    return table;
  }

  function sitePopup(p, order, unit) {
    const box = document.createElement('div');
    box.appendChild(text('strong', WI.t('js.siting.new-site', order.get(p.code), p.name)));
    box.appendChild(text('div', WI.t('js.siting.saves', travel(p.personTravelSaved, unit))));
    Object.keys(p.withinRadiusGain || {}).forEach(function (target) {
      box.appendChild(text('div', WI.t('js.siting.gain', targetName(target), number(p.withinRadiusGain[target], 1))));
    });
    box.appendChild(text('div', WI.t('js.siting.mean-travel-served', number(p.meanDistance), unit)));
    return box;
  }

  function summarise(result) {
    summaryBox.replaceChildren();
    const c = result.comparison;
    const unit = result.problem.unit;
    if (c.savedShare != null) {
      summaryBox.appendChild(text('div', WI.t('js.siting.total-travel', percent(c.savedShare),
        travel(c.personTravelSaved, unit)), 'gain'));
    }
    if (c.unservedPlan) {
      const counts = (c.unservedToday != null ? [WI.t('js.siting.unserved.today', number(c.unservedToday))] : [])
        .concat([WI.t('js.siting.unserved.plan', number(c.unservedPlan))]).join(', ');
      summaryBox.appendChild(text('div', WI.t('js.siting.unserved', counts) + (c.unservedAtLeast != null
        ? ' ' + WI.t('js.siting.unserved.at-least', number(c.unservedAtLeast)) : '')));
    }
    const access = document.createElement('table');
    const head = document.createElement('tr');
    ['', WI.t('js.siting.today'), WI.t('js.siting.plan')].forEach(function (h) { head.appendChild(text('th', h)); });
    access.appendChild(head);
    result.targets.forEach(function (t) {
      const heading = text('td', targetName(t.target), 'target');
      heading.colSpan = 3;
      const tr = document.createElement('tr');
      tr.appendChild(heading);
      access.appendChild(tr);
      access.appendChild(row([WI.t('js.siting.mean-travel', unit), t.today ? number(t.today.meanDistance) : '–',
        number(t.plan.meanDistance)]));
      access.appendChild(row([WI.t('js.siting.within', number(result.request.radiusMetres || result.request.radiusMinutes),
        unit), t.today ? percent(t.today.shareWithinRadius) : '–', percent(t.plan.shareWithinRadius)]));
      access.appendChild(row([WI.t('js.siting.longest', unit), t.today ? number(t.today.maxDistance) : '–',
        number(t.plan.maxDistance)]));
    });
    if (result.equity) {
      const gini = row([WI.t('js.siting.gini'), number(result.equity.giniToday, 3), number(result.equity.giniPlan, 3)]);
      gini.title = WI.t('js.siting.gini.meaning');
      access.appendChild(gini);
    }
    summaryBox.appendChild(access);
    if (result.equity) {
      summaryBox.appendChild(text('div', WI.t('js.siting.gini.meaning'), 'fine'));
    }

    const key = document.createElement('div');
    key.className = 'siting-key';
    key.appendChild(text('span', '1', 'new-site-icon'));
    key.appendChild(text('span', WI.t('js.siting.key.new')));
    key.appendChild(text('span', '', 'existing-site-dot'));
    key.appendChild(text('span', WI.t('js.siting.key.today')));
    key.appendChild(text('span', '', 'allocation-line'));
    key.appendChild(text('span', WI.t('js.siting.key.takes-over')));
    summaryBox.appendChild(key);

    const sites = document.createElement('table');
    const sitesHead = document.createElement('tr');
    [WI.t('js.siting.key.new'), WI.t(unit === 'm' ? 'js.siting.person-km-saved' : 'js.siting.person-hours-saved'),
      WI.t('js.siting.newly-in-reach')].forEach(function (h) { sitesHead.appendChild(text('th', h)); });
    sites.appendChild(sitesHead);
    result.newSites.forEach(function (s, i) {
      const reached = Object.values(s.adds.withinRadius).reduce(function (a, b) { return a + (b || 0); }, 0);
      // named by neighbourhood and nearest address; people are whole numbers
      sites.appendChild(row([(i + 1) + '. ' + s.name, number(s.adds.personTravelSaved / (unit === 'm' ? 1000 : 60)), number(reached)]));
    });
    summaryBox.appendChild(sites);

    if (result.phasing) {
      summaryBox.appendChild(phasingTable(result));
    }

    const cert = result.certificate;
    // minimising models prove a lower bound, maximising ones an upper bound: show the one that is not the answer
    const bound = cert.lowerBound === cert.objective && cert.upperBound != null ? cert.upperBound : cert.lowerBound;
    // the solver's own figures interest few readers: behind a toggle, with a line saying what they mean
    const details = document.createElement('details');
    details.className = 'solver-details';
    details.appendChild(text('summary', WI.t('js.siting.details')));
    details.appendChild(text('div', WI.t('js.siting.details.meaning'), 'fine'));
    details.appendChild(text('div', WI.t('js.siting.objective', number(cert.objective)) + (cert.gap != null
      ? WI.t('js.siting.gap', percent(cert.gap), number(bound)) : WI.t('js.siting.no-bound'))
      + WI.t('js.siting.stopped', cert.stopReason, number(cert.solverMillis)), 'fine'));
    summaryBox.appendChild(details);
    const links = document.createElement('div');
    [['GeoJSON', result.downloads.geojson], [WI.t('js.siting.sections-csv'), result.downloads.sectionsCsv],
      [WI.t('js.siting.sites-csv'), result.downloads.sitesCsv]].forEach(function (link) {
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
      fill(modelSelect, answers[0].json, function (m) { return m.code; }, function (m) {
        const key = 'js.siting.model.' + m.code;
        return WI.t(key) === key ? m.label : WI.t(key);
      });
      fill(serviceSelect, answers[1].json, function (s) { return s.code; }, function (s) { return s.name; });
      fill(targetSelect, answers[2].json, function (t) { return t.code; }, function (t) { return t.name; });
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
    radiusUnit.textContent = WI.t(minutes ? 'js.siting.radius-min' : 'js.siting.radius-m');
    radiusInput.value = minutes ? 15 : 1000;
  });
  form.addEventListener('submit', run);
  cancelButton.addEventListener('click', cancel);
  start();
}());
