// "What if: scenarios": builds a scenario from the panel and the map (a centre to close or resize is chosen in the
// list or clicked on the map, a new centre's place is clicked), saves it to /api/scenarios, simulates it with
// progress over server-sent events, then shows the result year by year: a slider redraws the map (change in
// access per section, red for losses and blue for gains; centres coloured by the year they fill up), a summary of
// who gains and who loses, charts of people against places and of the waiting list over the years, and the
// exports. Uses the map of map.js (window.wiMap.map); every sentence comes from the bundle (WI.t).
(function () {
  'use strict';

  const form = document.getElementById('sc-form');
  if (!form || !window.wiMap) {
    return;
  }
  const map = window.wiMap.map;
  const $ = (id) => document.getElementById(id);
  const savedSelect = $('sc-saved');
  const serviceSelect = $('sc-service');
  const targetSelect = $('sc-target');
  const kindSelect = $('sc-kind');
  const centreSelect = $('sc-centre');
  const changesList = $('sc-changes');
  const progressBar = $('sc-progress');
  const messageBox = $('sc-message');
  const resultBox = $('sc-result');
  const slider = $('sc-slider');
  const csrfToken = (document.querySelector('meta[name="_csrf"]') || {}).content;
  const thisYear = new Date().getFullYear();
  const LOSS = ['#67000d', '#cb181d', '#fc9272'];
  const GAIN = ['#c6dbef', '#4292c6', '#08306b'];
  const SCENARIO_COLOUR = '#0969da';
  const BASELINE_COLOUR = '#6e7781';
  const PLACES_COLOUR = '#1a7f37';

  // what the panel holds; exposed for the browser tests
  const state = {id: null, changes: [], centres: [], picking: false, point: null, result: null, yearIndex: 0,
    sections: new Map(), layer: null, centreLayer: null, pickMarker: null, error: null, chosenCentre: null};
  window.wiScenarios = state;

  function element(tag, content, className) {
    const node = document.createElement(tag);
    if (content != null) {
      node.textContent = content;
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  const people = (count) => count == null ? WI.t('js.common.withheld') : WI.fmt.number(count);
  const signed = (count) => count == null ? WI.t('js.common.withheld')
    : (count > 0 ? '+' : '') + WI.fmt.number(count);

  async function request(method, url, body) {
    const headers = {Accept: 'application/json'};
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (csrfToken && method !== 'GET') {
      headers['X-CSRF-TOKEN'] = csrfToken;
    }
    const response = await fetch(url, {method: method, headers: headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)});
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    if (!response.ok) {
      throw new Error((json && json.message) || WI.t('js.common.server-answered', response.status));
    }
    return {json: json, location: response.headers.get('Location')};
  }

  function fill(select, items, value, label) {
    select.replaceChildren();
    items.forEach((item) => {
      const option = element('option', label(item));
      option.value = value(item);
      select.appendChild(option);
    });
  }

  // --- building the scenario -------------------------------------------------------------------------------

  function showKindFields() {
    form.querySelectorAll('[data-kinds]').forEach((node) => {
      node.hidden = !node.dataset.kinds.split(' ').includes(kindSelect.value);
    });
    if (kindSelect.value !== 'open') {
      stopPicking();
    }
  }

  async function loadCentres() {
    const collection = (await request('GET', '/api/facilities?serviceType='
      + encodeURIComponent(serviceSelect.value))).json;
    state.centres = collection.features.map((f) => ({code: f.properties.code, name: f.properties.name,
      lat: f.geometry.coordinates[1], lon: f.geometry.coordinates[0]}))
      .sort((a, b) => a.name.localeCompare(b.name));
    fill(centreSelect, state.centres, (c) => c.code, (c) => c.name);
  }

  function centreName(code) {
    const centre = state.centres.find((c) => c.code === code);
    return centre ? centre.name : code;
  }

  function describe(change) {
    switch (change.kind) {
      case 'close': return WI.t('js.scenario.change.close', centreName(change.facility), change.year);
      case 'resize': return WI.t('js.scenario.change.resize', centreName(change.facility),
        (change.places > 0 ? '+' : '') + WI.fmt.number(change.places), change.year);
      case 'open': return WI.t('js.scenario.change.open', WI.fmt.number(change.places), change.year,
        WI.fmt.number(change.rampUpMonths));
      default: return WI.t('js.scenario.change.demand', (change.percent > 0 ? '+' : '') + WI.fmt.number(change.percent),
        targetSelect.selectedOptions.length ? targetSelect.selectedOptions[0].textContent : change.target, change.year);
    }
  }

  function showChanges() {
    changesList.replaceChildren();
    state.changes.forEach((change, index) => {
      const item = element('li', describe(change) + (change.cost ? ' · ' + WI.fmt.number(change.cost) + ' €' : ''));
      const remove = element('button', WI.t('js.scenario.remove'), 'link-button');
      remove.type = 'button';
      remove.setAttribute('aria-label', WI.t('js.scenario.remove') + ': ' + describe(change));
      remove.addEventListener('click', () => {
        state.changes.splice(index, 1);
        showChanges();
      });
      item.appendChild(document.createTextNode(' '));
      item.appendChild(remove);
      changesList.appendChild(item);
    });
    if (!state.changes.length) {
      changesList.appendChild(element('li', WI.t('js.scenario.no-changes'), 'fine'));
    }
  }

  function addChange() {
    const kind = kindSelect.value;
    const year = Number($('sc-year').value) || Number($('sc-base').value);
    const cost = $('sc-cost').value === '' ? null : Number($('sc-cost').value);
    const change = {kind: kind, year: year};
    if (kind === 'close' || kind === 'resize') {
      if (!centreSelect.value) {
        messageBox.textContent = WI.t('js.scenario.choose-centre');
        return;
      }
      change.facility = centreSelect.value;
    }
    if (kind === 'resize' || kind === 'open') {
      change.places = Number($('sc-places').value);
    }
    if (kind === 'open') {
      if (!state.point) {
        messageBox.textContent = WI.t('js.scenario.pick-first');
        return;
      }
      change.point = state.point;
      change.rampUpMonths = Number($('sc-ramp').value);
      change.name = WI.t('js.scenario.new-centre', state.changes.filter((c) => c.kind === 'open').length + 1);
    }
    if (kind === 'demand') {
      change.target = targetSelect.value;
      change.percent = Number($('sc-percent').value);
    }
    if (cost != null && kind !== 'demand') {
      change.cost = cost;
    }
    state.changes.push(change);
    messageBox.textContent = '';
    showChanges();
  }

  function stopPicking() {
    state.picking = false;
    map.getContainer().classList.remove('picking');
  }

  function onMapClick(event) {
    if (!form.closest('details').open) {
      return;
    }
    const lat = event.latlng.lat;
    const lon = event.latlng.lng;
    if (state.picking) {
      state.point = [Number(lon.toFixed(6)), Number(lat.toFixed(6))];
      if (state.pickMarker) {
        map.removeLayer(state.pickMarker);
      }
      state.pickMarker = L.circleMarker([lat, lon], {radius: 8, color: '#8250df', weight: 3, fill: false}).addTo(map);
      $('sc-point').textContent = WI.t('js.scenario.point-chosen', WI.fmt.number(lat, 5), WI.fmt.number(lon, 5));
      stopPicking();
      return;
    }
    if (kindSelect.value === 'close' || kindSelect.value === 'resize') {
      // the centre nearest to the click, when it is close enough to mean it
      let nearest = null;
      let best = Infinity;
      state.centres.forEach((c) => {
        const d = map.distance([lat, lon], [c.lat, c.lon]);
        if (d < best) {
          best = d;
          nearest = c;
        }
      });
      if (nearest && best < 400) {
        centreSelect.value = nearest.code;
        messageBox.textContent = WI.t('js.scenario.centre-chosen', nearest.name);
      }
    }
  }

  function definition() {
    const base = Number($('sc-base').value) || thisYear;
    return {name: $('sc-name').value.trim(), baseYear: base, horizon: Number($('sc-horizon').value),
      serviceType: serviceSelect.value, targets: [targetSelect.value],
      assumptions: {cutoff: Number($('sc-cutoff').value), takeUp: Number($('sc-take-up').value) / 100},
      changes: state.changes};
  }

  // --- simulating ------------------------------------------------------------------------------------------

  function busy(running) {
    $('sc-run').disabled = running;
    progressBar.hidden = !running;
  }

  function fail(reason) {
    state.error = reason;
    busy(false);
    messageBox.textContent = WI.t('js.scenario.failed', reason);
  }

  async function simulate(event) {
    event.preventDefault();
    busy(true);
    state.error = null;
    progressBar.value = 0;
    messageBox.textContent = WI.t('js.scenario.saving');
    try {
      const body = definition();
      const saved = state.id ? await request('PUT', '/api/scenarios/' + state.id, body)
        : await request('POST', '/api/scenarios', body);
      state.id = saved.json.id;
      await refreshSaved(state.id);
      const job = await request('POST', '/api/scenarios/' + state.id + '/simulate');
      follow(job.location || '/api/scenarios/jobs/' + job.json.id);
    } catch (e) {
      fail(e.message);
    }
  }

  function follow(job) {
    const events = new EventSource(job + '/events');
    const onStatus = (event) => {
      const status = JSON.parse(event.data);
      progressBar.value = status.progress;
      messageBox.textContent = WI.t('js.scenario.running', WI.fmt.percent(status.progress, 0));
      if (status.state === 'SUCCEEDED') {
        events.close();
        showResult().catch((e) => fail(e.message));
      } else if (status.state === 'FAILED' || status.state === 'CANCELLED') {
        events.close();
        fail(status.error || status.state);
      }
    };
    events.addEventListener('progress', onStatus);
    events.addEventListener('done', onStatus);
    events.onerror = () => {
      events.close();
      request('GET', job).then((answer) => onStatus({data: JSON.stringify(answer.json)})).catch((e) => fail(e.message));
    };
  }

  // --- the result ------------------------------------------------------------------------------------------

  async function showResult() {
    state.result = (await request('GET', '/api/scenarios/' + state.id + '/result')).json;
    state.sections.clear();
    busy(false);
    messageBox.textContent = WI.t('js.scenario.done', state.result.name);
    resultBox.hidden = false;
    slider.max = String(state.result.years.length - 1);
    slider.value = String(state.result.years.length - 1);
    charts();
    centresTable();
    await showYear(state.result.years.length - 1);
  }

  async function showYear(index) {
    state.yearIndex = index;
    const year = state.result.years[index];
    $('sc-slider-year').textContent = String(year.year);
    summary(year);
    downloads(year.year);
    drawCentres(year.year);
    if (!state.sections.has(year.year)) {
      const response = await fetch('/api/scenarios/' + state.id + '/result.geojson?year=' + year.year,
        {credentials: 'same-origin', headers: {Accept: 'application/geo+json'}});
      if (!response.ok) {
        throw new Error(WI.t('js.common.server-answered', response.status));
      }
      state.sections.set(year.year, await response.json());
    }
    if (state.yearIndex === index) {
      drawSections(state.sections.get(year.year));
    }
  }

  function accessColour(change, scale) {
    if (change == null || Math.abs(change) < 1e-12 || !(scale > 0)) {
      return null;
    }
    const level = Math.min(2, Math.floor(3 * Math.abs(change) / scale));
    return change < 0 ? LOSS[level] : GAIN[level];
  }

  function drawSections(collection) {
    if (state.layer) {
      map.removeLayer(state.layer);
    }
    const changes = collection.features.map((f) => Math.abs(f.properties.accessChange || 0)).filter((v) => v > 0)
      .sort((a, b) => a - b);
    // the 95th percentile as the darkest class, so that a few extreme sections do not wash the rest out
    const scale = changes.length ? changes[Math.floor(0.95 * (changes.length - 1))] * 1.0001 : 0;
    hideBaseLayers(true);
    state.layer = L.geoJSON(collection, {
      renderer: L.canvas({padding: 0.3}),
      style: (feature) => {
        const p = feature.properties;
        const colour = p.lostReach > 0 ? LOSS[0] : accessColour(p.accessChange, scale);
        return colour ? {color: colour, weight: 0.3, fillColor: colour, fillOpacity: 0.7}
          : {opacity: 0, fillOpacity: 0};
      }
    }).bindTooltip((layer) => {
      const p = layer.feature.properties;
      return WI.t('js.scenario.section-tip', p.section, people(p.waiting), signed(p.servedChange),
        p.accessChange == null ? '–' : WI.fmt.number(p.accessChange * 1000, 2));
    }, {sticky: true}).addTo(map);
    legend();
  }

  // While a result is shown, the target's choropleth and the other facilities would read as part of it: they are
  // taken off the map, and put back when the panel closes.
  function hideBaseLayers(hide) {
    const base = window.wiMap;
    [base.sections, base.facilities].forEach((layer) => {
      if (!layer) {
        return;
      }
      if (hide && map.hasLayer(layer)) {
        map.removeLayer(layer);
      } else if (!hide && !map.hasLayer(layer)) {
        layer.addTo(map);
      }
    });
    if (!hide) {
      [state.layer, state.centreLayer].forEach((layer) => {
        if (layer && map.hasLayer(layer)) {
          map.removeLayer(layer);
        }
      });
    }
  }

  function onPanelToggle() {
    const open = form.closest('details').open;
    if (!open) {
      hideBaseLayers(false);
    } else if (state.result && state.layer) {
      hideBaseLayers(true);
      state.layer.addTo(map);
      state.centreLayer.addTo(map);
    }
  }

  function legend() {
    const box = $('sc-legend');
    box.replaceChildren(element('div', WI.t('js.scenario.legend.title'), 'legend-title'));
    [[LOSS[0], 'js.scenario.legend.loss'], [LOSS[2], 'js.scenario.legend.less'], [GAIN[0], 'js.scenario.legend.more'],
      [GAIN[2], 'js.scenario.legend.gain']].forEach((entry) => {
      const row = element('div', null, 'legend-row');
      const swatch = element('span', null, 'swatch');
      swatch.style.background = entry[0];
      row.appendChild(swatch);
      row.appendChild(document.createTextNode(' ' + WI.t(entry[1])));
      box.appendChild(row);
    });
    [['#cf222e', 'js.scenario.legend.saturated'], ['#bf8700', 'js.scenario.legend.saturates'],
      ['#1a7f37', 'js.scenario.legend.room']].forEach((entry) => {
      const row = element('div', null, 'legend-row');
      const dot = element('span', null, 'dot');
      dot.style.background = entry[0];
      row.appendChild(dot);
      row.appendChild(document.createTextNode(' ' + WI.t(entry[1])));
      box.appendChild(row);
    });
  }

  /** Red: full in the year shown; amber: fills up later in the horizon; green: room throughout. */
  function saturationColour(centre, year) {
    if (centre.saturationYear == null) {
      return '#1a7f37';
    }
    return centre.saturationYear <= year ? '#cf222e' : '#bf8700';
  }

  function drawCentres(year) {
    if (state.centreLayer) {
      map.removeLayer(state.centreLayer);
    }
    const t = state.yearIndex;
    state.centreLayer = L.layerGroup(state.result.centres.map((c) => {
      const closed = !(c.placesByYear[t] > 0);
      return L.circleMarker([c.lat, c.lon], {radius: c.opened ? 9 : 7, weight: c.opened ? 3 : 1.5,
        color: closed ? '#24292f' : '#ffffff', fillColor: closed ? '#ffffff' : saturationColour(c, year),
        fillOpacity: 1, dashArray: closed ? '2 2' : null})
        .bindTooltip(WI.t('js.scenario.centre-tip', c.name, WI.fmt.number(c.placesByYear[t]), people(c.loadByYear[t]),
          c.saturationYear == null ? WI.t('js.scenario.never') : String(c.saturationYear)))
        .on('click', () => chooseCentre(c.code));
    })).addTo(map);
  }

  function summary(year) {
    const box = $('sc-summary');
    const impact = year.impact;
    const lines = [
      WI.t('js.scenario.sum.served', people(year.scenario.served), signed(impact.servedChange)),
      WI.t('js.scenario.sum.waiting', people(year.scenario.waiting), signed(impact.waitingChange)),
      WI.t('js.scenario.sum.reach', people(impact.newlyWithinReach), people(impact.lostReach)),
      WI.t('js.scenario.sum.places', WI.fmt.number(year.scenario.places), (impact.placesAdded > 0 ? '+' : '')
        + WI.fmt.number(impact.placesAdded)),
      WI.t('js.scenario.sum.equity', year.scenario.gini == null ? '–' : WI.fmt.number(year.scenario.gini, 3),
        year.baseline.gini == null ? '–' : WI.fmt.number(year.baseline.gini, 3))];
    if (impact.costPerPersonServed != null) {
      lines.push(WI.t('js.scenario.sum.cost', WI.fmt.number(impact.costPerPersonServed)));
    }
    box.replaceChildren(element('h4', WI.t('js.scenario.sum.title', year.year)));
    const list = element('ul', null, 'scenario-summary');
    lines.forEach((line) => list.appendChild(element('li', line)));
    box.appendChild(list);
    box.appendChild(element('p', WI.t('js.scenario.sum.meaning'), 'fine'));
  }

  // A small line chart in SVG: years along, values up; each series a line with a legend, and the figures in
  // the SVG's title and in a table for readers who do not see it.
  function lineChart(title, years, series) {
    const width = 300;
    const height = 150;
    const pad = {left: 44, right: 8, top: 10, bottom: 22};
    const values = series.flatMap((s) => s.values.filter((v) => v != null));
    const top = Math.max(1, ...values);
    const x = (i) => pad.left + (years.length < 2 ? 0 : i * (width - pad.left - pad.right) / (years.length - 1));
    const y = (v) => height - pad.bottom - v * (height - pad.top - pad.bottom) / top;
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    svg.setAttribute('role', 'img');
    svg.setAttribute('class', 'chart');
    const label = document.createElementNS(ns, 'title');
    label.textContent = title;
    svg.appendChild(label);
    const add = (tag, attributes, text) => {
      const node = document.createElementNS(ns, tag);
      Object.keys(attributes).forEach((k) => node.setAttribute(k, attributes[k]));
      if (text != null) {
        node.textContent = text;
      }
      svg.appendChild(node);
      return node;
    };
    [0, top / 2, top].forEach((v) => {
      add('line', {x1: pad.left, x2: width - pad.right, y1: y(v), y2: y(v), stroke: '#d0d7de', 'stroke-width': 0.5});
      add('text', {x: pad.left - 4, y: y(v) + 3, 'text-anchor': 'end', 'font-size': 9}, WI.fmt.number(v));
    });
    [0, years.length - 1].forEach((i) => add('text', {x: x(i), y: height - 6, 'text-anchor': i ? 'end' : 'start',
      'font-size': 9}, String(years[i])));
    add('line', {x1: x(state.yearIndex), x2: x(state.yearIndex), y1: pad.top, y2: height - pad.bottom,
      stroke: '#8250df', 'stroke-dasharray': '2 2', class: 'chart-year'});
    series.forEach((s) => {
      const points = s.values.map((v, i) => v == null ? null : x(i) + ',' + y(v)).filter((p) => p);
      add('polyline', {points: points.join(' '), fill: 'none', stroke: s.colour, 'stroke-width': 2,
        'stroke-dasharray': s.dashed ? '4 3' : 'none'});
    });
    const figure = element('figure', null, 'scenario-chart');
    figure.appendChild(element('figcaption', title));
    figure.appendChild(svg);
    const key = element('div', null, 'chart-key');
    series.forEach((s) => {
      const item = element('span', s.label);
      item.style.borderTop = '3px ' + (s.dashed ? 'dashed ' : 'solid ') + s.colour;
      key.appendChild(item);
    });
    figure.appendChild(key);
    // the same figures as a table, behind a toggle: the chart's non-visual alternative
    const details = element('details');
    details.appendChild(element('summary', WI.t('js.scenario.chart.table')));
    const table = element('table', null, 'chart-table');
    const head = element('tr');
    head.appendChild(element('th', WI.t('js.scenario.year')));
    series.forEach((s) => head.appendChild(element('th', s.label)));
    table.appendChild(head);
    years.forEach((year, i) => {
      const row = element('tr');
      row.appendChild(element('td', String(year)));
      series.forEach((s) => row.appendChild(element('td', s.values[i] == null ? '–' : WI.fmt.number(s.values[i]))));
      table.appendChild(row);
    });
    details.appendChild(table);
    figure.appendChild(details);
    return figure;
  }

  function charts() {
    const box = $('sc-charts');
    const years = state.result.years.map((y) => y.year);
    box.replaceChildren(
      lineChart(WI.t('js.scenario.chart.demand'), years, [
        {label: WI.t('js.scenario.chart.seekers'), colour: SCENARIO_COLOUR, values: state.result.years.map((y) => y.scenario.seekers)},
        {label: WI.t('js.scenario.chart.places'), colour: PLACES_COLOUR, values: state.result.years.map((y) => y.scenario.places)},
        {label: WI.t('js.scenario.chart.places-baseline'), colour: BASELINE_COLOUR, dashed: true,
          values: state.result.years.map((y) => y.baseline.places)}]),
      lineChart(WI.t('js.scenario.chart.waiting'), years, [
        {label: WI.t('js.scenario.chart.scenario'), colour: SCENARIO_COLOUR, values: state.result.years.map((y) => y.scenario.waiting)},
        {label: WI.t('js.scenario.chart.baseline'), colour: BASELINE_COLOUR, dashed: true,
          values: state.result.years.map((y) => y.baseline.waiting)}]));
    if (state.chosenCentre) {
      chooseCentre(state.chosenCentre);
    }
  }

  function chooseCentre(code) {
    const centre = state.result.centres.find((c) => c.code === code);
    if (!centre) {
      return;
    }
    state.chosenCentre = code;
    const box = $('sc-charts');
    const old = box.querySelector('.centre-chart');
    if (old) {
      old.remove();
    }
    const chart = lineChart(WI.t('js.scenario.chart.centre', centre.name), state.result.years.map((y) => y.year), [
      {label: WI.t('js.scenario.chart.load'), colour: SCENARIO_COLOUR, values: centre.loadByYear},
      {label: WI.t('js.scenario.chart.places'), colour: PLACES_COLOUR, values: centre.placesByYear}]);
    chart.classList.add('centre-chart');
    box.appendChild(chart);
  }

  function centresTable() {
    const box = $('sc-centres');
    box.replaceChildren(element('h4', WI.t('js.scenario.centres')));
    const table = element('table', null, 'scenario-centres');
    const head = element('tr');
    ['js.scenario.centre', 'js.scenario.saturates', 'js.scenario.saturates-baseline', 'js.scenario.run-in']
      .forEach((k) => head.appendChild(element('th', WI.t(k))));
    table.appendChild(head);
    const rank = (year) => year == null ? Infinity : year;
    state.result.centres.slice().sort((a, b) => rank(a.saturationYear) - rank(b.saturationYear)
      || a.name.localeCompare(b.name)).forEach((c) => {
      const row = element('tr');
      const name = element('td');
      const button = element('button', c.name + (c.opened ? ' ★' : ''), 'link-button');
      button.type = 'button';
      button.addEventListener('click', () => chooseCentre(c.code));
      name.appendChild(button);
      row.appendChild(name);
      row.appendChild(element('td', c.saturationYear == null ? WI.t('js.scenario.never') : String(c.saturationYear)));
      row.appendChild(element('td', c.baselineSaturationYear == null ? WI.t('js.scenario.never')
        : String(c.baselineSaturationYear)));
      row.appendChild(element('td', c.monthsToRunIn == null ? '' : WI.t('js.scenario.months', WI.fmt.number(c.monthsToRunIn, 1))));
      table.appendChild(row);
    });
    box.appendChild(table);
  }

  function downloads(year) {
    const box = $('sc-downloads');
    box.replaceChildren();
    [['js.scenario.download.csv', '/api/scenarios/' + state.id + '/result.csv?year=' + year],
      ['js.scenario.download.geojson', '/api/scenarios/' + state.id + '/result.geojson?year=' + year],
      ['js.scenario.download.xlsx', '/api/scenarios/compare.xlsx?ids=' + state.id]].forEach((entry) => {
      const a = element('a', WI.t(entry[0]));
      a.href = entry[1];
      a.setAttribute('download', '');
      box.appendChild(a);
      box.appendChild(document.createTextNode(' '));
    });
  }

  // --- saved scenarios -------------------------------------------------------------------------------------

  async function refreshSaved(selected) {
    const list = (await request('GET', '/api/scenarios')).json;
    const keep = savedSelect.options[0];
    savedSelect.replaceChildren(keep);
    list.forEach((s) => {
      const option = element('option', s.name + (s.simulatedAt ? '' : ' · ' + WI.t('js.scenario.not-simulated')));
      option.value = String(s.id);
      savedSelect.appendChild(option);
    });
    savedSelect.value = selected == null ? '' : String(selected);
    state.saved = list;
  }

  async function openSaved() {
    const id = savedSelect.value;
    resultBox.hidden = true;
    hideBaseLayers(false);
    if (!id) {
      state.id = null;
      state.changes = [];
      showChanges();
      return;
    }
    const scenario = state.saved.find((s) => String(s.id) === id);
    const d = scenario.definition;
    // a scenario the reader may not change (shared with them, or a baseline) is saved as their own copy
    state.id = scenario.editable && !scenario.baseline ? scenario.id : null;
    $('sc-name').value = d.name;
    $('sc-base').value = d.baseYear;
    $('sc-horizon').value = d.horizon;
    if (d.assumptions && d.assumptions.cutoff) {
      $('sc-cutoff').value = d.assumptions.cutoff;
    }
    if (d.assumptions && d.assumptions.takeUp) {
      $('sc-take-up').value = Math.round(d.assumptions.takeUp * 100);
    }
    serviceSelect.value = d.serviceType;
    targetSelect.value = (d.targets || [])[0];
    state.changes = (d.changes || []).slice();
    await loadCentres();
    showChanges();
    if (scenario.simulatedAt && state.id) {
      showResult().catch(() => { messageBox.textContent = ''; });
    }
  }

  async function start() {
    $('sc-base').value = thisYear;
    $('sc-year').value = thisYear + 1;
    const [services, targets] = await Promise.all([request('GET', '/api/service-types'), request('GET', '/api/targets')]);
    fill(serviceSelect, services.json, (s) => s.code, (s) => s.name);
    // population bases (all residents, by sex; all families) are not needs: not offered
    fill(targetSelect, targets.json.filter((t) => t.groupCode !== 'RESIDENTS' && t.code !== 'F_ALL'), (t) => t.code,
      (t) => t.name);
    serviceSelect.value = 'ELDERLY_DAY_CENTRE';
    if (!serviceSelect.value && serviceSelect.options.length) {
      serviceSelect.selectedIndex = 0;
    }
    targetSelect.value = 'P_ELDERLY_75_PLUS';
    if (!targetSelect.value && targetSelect.options.length) {
      targetSelect.selectedIndex = 0;
    }
    await Promise.all([loadCentres(), refreshSaved(null)]);
    showKindFields();
    showChanges();
    state.ready = true;
  }

  kindSelect.addEventListener('change', showKindFields);
  serviceSelect.addEventListener('change', () => {
    state.changes = state.changes.filter((c) => c.kind === 'open' || c.kind === 'demand');
    showChanges();
    loadCentres().catch((e) => fail(e.message));
  });
  $('sc-pick').addEventListener('click', () => {
    state.picking = true;
    map.getContainer().classList.add('picking');
    $('sc-point').textContent = WI.t('js.scenario.click-map');
  });
  $('sc-add').addEventListener('click', addChange);
  savedSelect.addEventListener('change', () => openSaved().catch((e) => fail(e.message)));
  slider.addEventListener('input', () => {
    const index = Number(slider.value);
    showYear(index).catch((e) => fail(e.message));
    charts();
  });
  form.addEventListener('submit', simulate);
  form.closest('details').addEventListener('toggle', onPanelToggle);
  map.on('click', onMapClick);
  start().catch((e) => fail(e.message));
})();
