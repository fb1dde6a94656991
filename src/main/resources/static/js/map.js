// The map page: a choropleth of the chosen target over census sections, facilities as markers and
// municipio / NIL outlines for context. Everything comes from the application's own API, so the page
// works without an internet base map. Text from the data is always inserted as text, never as HTML.
(function () {
  'use strict';

  const CLASS_COLOURS = ['#fef0d9', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000'];
  const STATUS_COLOURS = {OPEN: '#1f6feb', PLANNED: '#8957e5', SUSPENDED: '#d29922', CLOSED: '#6e7781'};
  const element = document.getElementById('map');
  const statusBox = document.getElementById('status');
  const targetSelect = document.getElementById('target');
  const measureSelect = document.getElementById('measure');
  const serviceSelect = document.getElementById('service-type');

  const map = L.map(element, {preferCanvas: true}).setView(
    [Number(element.dataset.lat), Number(element.dataset.lon)], Number(element.dataset.zoom));
  if (element.dataset.baseMapUrl) {
    L.tileLayer(element.dataset.baseMapUrl, {attribution: element.dataset.baseMapAttribution || ''}).addTo(map);
  }
  const renderer = L.canvas({padding: 0.3});
  const state = {map: map, sections: null, facilities: null, values: new Map(), breaks: [], ready: false,
    sectionCount: 0, facilityCount: 0, estimated: false, graded: false};
  window.wiMap = state;

  function getJson(url) {
    return fetch(url, {headers: {Accept: 'application/json'}, credentials: 'same-origin'}).then(function (r) {
      if (!r.ok) {
        throw new Error(WI.t('js.common.url-answered', url, r.status));
      }
      return r.json();
    });
  }

  function text(tag, content, className) {
    const node = document.createElement(tag);
    node.textContent = content;
    if (className) {
      node.className = className;
    }
    return node;
  }

  function format(value) {
    return WI.fmt.number(value, 1);
  }

  function measureOf(feature) {
    const value = state.values.get(feature.properties.code);
    if (value == null) {
      return null;
    }
    const measure = measureSelect.value;
    if (measure === 'share') {
      const population = feature.properties.population;
      return population > 0 ? value * 1000 / population : null;
    }
    if (measure === 'density') {
      const area = feature.properties.areaKm2;
      return area > 0 ? value / area : null;
    }
    return value;
  }

  // Quantile class breaks over the sections that have a value: five classes of about equal size.
  function quantileBreaks(values) {
    const sorted = values.filter(function (v) { return v != null; }).sort(function (a, b) { return a - b; });
    if (sorted.length === 0) {
      return [];
    }
    const breaks = [];
    for (let i = 1; i < CLASS_COLOURS.length; i++) {
      breaks.push(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * i / CLASS_COLOURS.length))]);
    }
    breaks.push(sorted[sorted.length - 1]);
    return breaks;
  }

  function colourFor(value) {
    if (value == null) {
      return '#eeeeee';
    }
    for (let i = 0; i < state.breaks.length; i++) {
      if (value <= state.breaks[i]) {
        return CLASS_COLOURS[i];
      }
    }
    return CLASS_COLOURS[CLASS_COLOURS.length - 1];
  }

  function drawLegend() {
    const legend = document.getElementById('legend');
    legend.replaceChildren();
    const option = targetSelect.options[targetSelect.selectedIndex];
    legend.appendChild(text('div', (option ? option.textContent : '') + ' — '
      + measureSelect.options[measureSelect.selectedIndex].textContent, 'legend-title'));
    let lower = 0;
    state.breaks.forEach(function (upper, i) {
      const row = document.createElement('div');
      row.className = 'legend-row';
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = CLASS_COLOURS[i];
      row.appendChild(swatch);
      row.appendChild(text('span', format(lower) + ' – ' + format(upper)));
      legend.appendChild(row);
      lower = upper;
    });
    // an estimate is never shown as if it were a count
    if (state.estimated) {
      legend.appendChild(text('div', WI.t(state.graded ? 'js.map.estimated-graded' : 'js.map.estimated'),
        'legend-note'));
    }
  }

  function restyleSections() {
    if (!state.sections) {
      return;
    }
    const measures = [];
    state.sections.eachLayer(function (layer) { measures.push(measureOf(layer.feature)); });
    state.breaks = quantileBreaks(measures);
    state.sections.setStyle(function (feature) {
      return {fillColor: colourFor(measureOf(feature)), fillOpacity: 0.75, color: '#ffffff', weight: 0.3};
    });
    drawLegend();
  }

  function loadDemand() {
    const target = targetSelect.value;
    statusBox.textContent = WI.t('js.map.loading-demand');
    return getJson('/api/demand?level=section&target=' + encodeURIComponent(target)).then(function (layer) {
      state.values = new Map(layer.units.map(function (u) { return [u.code, u.value]; }));
      state.estimated = layer.estimated;
      state.graded = layer.graded;
      restyleSections();
      const option = targetSelect.options[targetSelect.selectedIndex];
      statusBox.textContent = WI.t('js.map.status', WI.fmt.number(state.sectionCount),
        WI.fmt.number(state.facilityCount), option ? option.textContent : target, WI.fmt.number(layer.total),
        layer.period);
    });
  }

  function sectionPopup(layer) {
    const p = layer.feature.properties;
    const box = document.createElement('div');
    box.appendChild(text('strong', WI.t('js.map.section', p.code)));
    box.appendChild(text('div', WI.t('js.map.neighbourhood', p.neighbourhood || '–')));
    box.appendChild(text('div', WI.t('js.map.residents', WI.fmt.number(p.population))));
    const option = targetSelect.options[targetSelect.selectedIndex];
    box.appendChild(text('div', (option ? option.textContent : '') + ': ' + format(state.values.get(p.code))));
    return box;
  }

  function facilityPopup(layer) {
    const p = layer.feature.properties;
    const box = document.createElement('div');
    box.appendChild(text('strong', p.name));
    box.appendChild(text('div', p.address || ''));
    box.appendChild(text('div', (p.organisationName || '') + ' · ' + WI.status(p.status)));
    const list = document.createElement('ul');
    (p.services || []).forEach(function (s) {
      list.appendChild(text('li', s.name + (s.capacityPlaces != null
        ? ' — ' + WI.t('js.map.places', WI.fmt.number(s.capacityPlaces)) : '')));
    });
    box.appendChild(list);
    return box;
  }

  function loadOutlines(level, style) {
    return getJson('/api/territories/' + level + '?zoom=13').then(function (collection) {
      return L.geoJSON(collection, {style: style, interactive: false, renderer: renderer}).addTo(map);
    });
  }

  function loadFacilities() {
    const serviceType = serviceSelect.value;
    const url = '/api/facilities' + (serviceType ? '?serviceType=' + encodeURIComponent(serviceType) : '');
    return getJson(url).then(function (collection) {
      if (state.facilities) {
        map.removeLayer(state.facilities);
      }
      state.facilities = L.geoJSON(collection, {
        pointToLayer: function (feature, latlng) {
          return L.circleMarker(latlng, {radius: 4, weight: 1, color: '#ffffff', fillOpacity: 0.9,
            fillColor: STATUS_COLOURS[feature.properties.status] || '#1f6feb', renderer: renderer});
        }
      }).bindPopup(facilityPopup).addTo(map);
      state.facilityCount = collection.features.length;
    });
  }

  function fillTargets(targets) {
    const groups = new Map();
    targets.forEach(function (t) {
      const key = WI.t(t.kind === 'PERSON' ? 'js.map.people' : 'js.map.families');
      if (!groups.has(key)) {
        const group = document.createElement('optgroup');
        group.label = key;
        groups.set(key, group);
        targetSelect.appendChild(group);
      }
      const option = text('option', t.name);
      option.value = t.code;
      option.title = t.description;
      groups.get(key).appendChild(option);
    });
    targetSelect.value = targets.some(function (t) { return t.code === 'P_ELDERLY_75_PLUS'; })
      ? 'P_ELDERLY_75_PLUS' : (targets[0] ? targets[0].code : '');
  }

  function fillServiceTypes(types) {
    types.forEach(function (s) {
      const option = text('option', s.name);
      option.value = s.code;
      serviceSelect.appendChild(option);
    });
  }

  Promise.all([getJson('/api/targets'), getJson('/api/service-types'),
    getJson('/api/territories/section?zoom=13')])
    .then(function (results) {
      fillTargets(results[0]);
      fillServiceTypes(results[1]);
      state.sections = L.geoJSON(results[2], {renderer: renderer}).bindPopup(sectionPopup).addTo(map);
      state.sectionCount = results[2].features.length;
      if (state.sectionCount > 0) {
        map.fitBounds(state.sections.getBounds());
      }
      return Promise.all([
        loadOutlines('neighbourhood', {color: '#555555', weight: 0.8, fill: false, dashArray: '2 3'}),
        loadOutlines('municipio', {color: '#222222', weight: 2, fill: false}),
        loadFacilities()]);
    })
    .then(loadDemand)
    .then(function () { state.ready = true; })
    .catch(function (error) {
      statusBox.textContent = WI.t('js.map.failed', error.message);
      state.error = error.message;
    });

  targetSelect.addEventListener('change', loadDemand);
  measureSelect.addEventListener('change', function () {
    restyleSections();
  });
  serviceSelect.addEventListener('change', function () {
    loadFacilities().then(loadDemand);
  });
}());
