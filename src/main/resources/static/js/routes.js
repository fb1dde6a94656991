// "Routes and schedules": submits a day (two CSV files or the sample day) to /api/routing/jobs, follows its
// progress as server-sent events, then draws one coloured line per operator with numbered stops and lists each
// operator's stops with links to the CSV, the GeoJSON and the PDF day sheets. Uses the map of map.js
// (window.wiMap.map); every sentence comes from the bundle, rendered into the page.
(function () {
  'use strict';

  const form = document.getElementById('routes-form');
  if (!form) {
    return;
  }
  // sentences from the bundle, rendered into #routes-text: reasons and skills by their codes
  const T = {reasons: {}, skills: {}};
  document.querySelectorAll('#routes-text [data-key]').forEach((node) => {
    const key = node.dataset.key;
    if (key.startsWith('reason.')) {
      T.reasons[key.substring(7)] = node.textContent;
    } else if (key.startsWith('skill.')) {
      T.skills[key.substring(6)] = node.textContent;
    } else {
      T[key] = node.textContent;
    }
  });
  const visitsInput = document.getElementById('routes-visits');
  const operatorsInput = document.getElementById('routes-operators');
  const secondsSelect = document.getElementById('routes-seconds');
  const runButton = document.getElementById('routes-run');
  const sampleButton = document.getElementById('routes-sample');
  const progressBar = document.getElementById('routes-progress');
  const messageBox = document.getElementById('routes-message');
  const resultBox = document.getElementById('routes-result');
  const csrfToken = (document.querySelector('meta[name="_csrf"]') || {}).content;
  const COLOURS = ['#0969da', '#cf222e', '#1a7f37', '#8250df', '#bf8700', '#d4317d', '#0598bc', '#6e7781'];
  const state = {job: null, answer: null, layer: null, error: null};
  window.wiRoutes = state;

  const language = document.documentElement.lang || 'it';
  const whole = new Intl.NumberFormat(language, {maximumFractionDigits: 0});
  const oneDecimal = new Intl.NumberFormat(language, {maximumFractionDigits: 1});

  function format(template) {
    const args = Array.prototype.slice.call(arguments, 1);
    return template.replace(/\{(\d+)\}/g, (match, i) => args[Number(i)]);
  }

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

  function link(href, label) {
    const a = element('a', label);
    a.href = href;
    return a;
  }

  function busy(running) {
    runButton.disabled = running;
    sampleButton.disabled = running;
    progressBar.hidden = !running;
  }

  async function submit(body, headers) {
    if (csrfToken) {
      headers['X-CSRF-TOKEN'] = csrfToken;
    }
    headers.Accept = 'application/json';
    const response = await fetch('/api/routing/jobs', {method: 'POST', headers: headers, body: body,
      credentials: 'same-origin'});
    const json = await response.json();
    if (!response.ok) {
      throw new Error(json.message || response.statusText);
    }
    return response.headers.get('Location') || '/api/routing/jobs/' + json.id;
  }

  async function run(submission) {
    busy(true);
    state.error = null;
    resultBox.replaceChildren();
    progressBar.value = 0;
    messageBox.textContent = T.queued;
    try {
      state.job = await submission();
      follow(state.job);
    } catch (e) {
      fail(e.message);
    }
  }

  function fail(reason) {
    state.error = reason;
    busy(false);
    messageBox.textContent = format(T.failed, reason);
  }

  function follow(job) {
    const events = new EventSource(job + '/events');
    const onStatus = (event) => {
      const status = JSON.parse(event.data);
      progressBar.value = status.progress;
      messageBox.textContent = status.state === 'QUEUED' ? T.queued : T.running;
      if (status.state === 'SUCCEEDED') {
        events.close();
        load(job);
      } else if (status.state === 'FAILED') {
        events.close();
        fail(status.error);
      }
    };
    events.addEventListener('progress', onStatus);
    events.addEventListener('done', onStatus);
    events.onerror = () => {
      events.close();
      load(job);
    };
  }

  async function load(job) {
    const response = await fetch(job, {headers: {Accept: 'application/json'}, credentials: 'same-origin'});
    const answer = await response.json();
    if (!answer.plan) {
      if (answer.job && answer.job.state === 'FAILED') {
        fail(answer.job.error);
      } else {
        setTimeout(() => load(job), 500);
      }
      return;
    }
    state.answer = answer;
    busy(false);
    messageBox.textContent = T.done;
    show(job, answer.plan);
    draw(job);
  }

  function show(job, plan) {
    const total = plan.visitsPlanned + plan.unplanned.length;
    resultBox.append(element('p', format(T.summary, whole.format(plan.visitsPlanned), whole.format(total),
      whole.format(plan.operatorsUsed), oneDecimal.format(plan.travelMetres / 1000)), 'summary'));
    const links = element('p');
    links.append(link(job + '.csv', T.csv), link(job + '.geojson', T.geojson));
    resultBox.append(links);
    plan.operators.forEach((day, k) => {
      const heading = element('div', null, 'operator');
      const swatch = element('span', null, 'swatch');
      swatch.style.background = COLOURS[k % COLOURS.length];
      heading.append(swatch, element('span', day.used
        ? format(T.operatorLine, day.operator, day.departure, day.back, whole.format(day.stops.length),
          oneDecimal.format(day.travelMetres / 1000))
        : format(T.unused, day.operator)));
      if (day.breakStart) {
        heading.append(element('span', format(T.breakAt, day.breakStart), 'fine'));
      }
      heading.append(link(job + '/operators/' + encodeURIComponent(day.operator) + '.pdf', T.pdf));
      resultBox.append(heading);
      if (day.used) {
        const list = element('ol');
        day.stops.forEach((stop) => {
          const skill = stop.skill ? ' · ' + (T.skills[stop.skill] || stop.skill) : '';
          list.append(element('li', stop.start + ' ' + stop.visit + ' (' + format(T.minutes,
            whole.format(stop.durationMinutes)) + ')' + skill));
        });
        resultBox.append(list);
      }
    });
    if (plan.unplanned.length) {
      resultBox.append(element('div', T.unplanned, 'operator'));
      const list = element('ul', null, 'unplanned');
      plan.unplanned.forEach((u) => list.append(element('li', u.visit + ': ' + (T.reasons[u.reason] || u.reason))));
      resultBox.append(list);
    }
  }

  async function draw(job) {
    const map = window.wiMap && window.wiMap.map;
    if (!map) {
      return;
    }
    const response = await fetch(job + '.geojson', {credentials: 'same-origin'});
    const geo = await response.json();
    if (state.layer) {
      map.removeLayer(state.layer);
    }
    const colour = (p) => p.operatorIndex >= 0 ? COLOURS[p.operatorIndex % COLOURS.length] : '#6e7781';
    state.layer = L.geoJSON(geo, {
      style: (feature) => ({color: colour(feature.properties), weight: 4, opacity: 0.8}),
      pointToLayer: (feature, latlng) => {
        const p = feature.properties;
        if (p.kind === 'centre') {
          return L.circleMarker(latlng, {radius: 8, color: '#fff', fillColor: '#0b3d5c', fillOpacity: 1, weight: 3});
        }
        if (p.kind === 'unplanned') {
          return L.circleMarker(latlng, {radius: 6, color: '#9a6700', fillColor: '#fff', fillOpacity: 1, weight: 2});
        }
        return L.marker(latlng, {icon: L.divIcon({className: 'route-stop-icon', html: String(p.sequence),
          iconSize: [18, 18]})});
      },
      onEachFeature: (feature, layer) => {
        const p = feature.properties;
        const label = p.kind === 'stop' ? p.operator + ' · ' + p.sequence + ' · ' + p.visit + ' · ' + p.start
          : p.kind === 'route' ? p.operator + ' · ' + p.departure + '–' + p.back
          : p.kind === 'centre' ? T.centre + (p.place ? ': ' + p.place : '')
          : p.visit + ': ' + (T.reasons[p.reason] || p.reason);
        layer.bindPopup(element('span', label));
        if (p.kind === 'stop') {
          layer.once('add', () => {
            const icon = layer.getElement && layer.getElement();
            if (icon) {
              icon.style.background = colour(p);
            }
          });
        }
      }
    }).addTo(map);
    const bounds = state.layer.getBounds();
    if (bounds.isValid()) {
      map.fitBounds(bounds, {padding: [20, 20]});
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!visitsInput.files.length || !operatorsInput.files.length) {
      messageBox.textContent = T.chooseFiles;
      return;
    }
    run(() => {
      const data = new FormData();
      data.append('visits', visitsInput.files[0]);
      data.append('operators', operatorsInput.files[0]);
      data.append('timeLimitSeconds', secondsSelect.value);
      return submit(data, {});
    });
  });

  sampleButton.addEventListener('click', () => run(async () => {
    const response = await fetch('/api/routing/sample-day', {headers: {Accept: 'application/json'},
      credentials: 'same-origin'});
    const day = await response.json();
    if (!response.ok) {
      throw new Error(day.message || response.statusText);
    }
    day.timeLimitSeconds = Number(secondsSelect.value);
    return submit(JSON.stringify(day), {'Content-Type': 'application/json'});
  }));
})();
