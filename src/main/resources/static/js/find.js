// The public service finder: a place (typed or clicked) and a service type give the nearest facilities.
// Text from the data is always inserted as text, never as HTML.
(function () {
  'use strict';

  const element = document.getElementById('map');
  const serviceSelect = document.getElementById('service-type');
  const placeInput = document.getElementById('place');
  const placeList = document.getElementById('places');
  const includeAll = document.getElementById('include-all');
  const statusBox = document.getElementById('status');
  const results = document.getElementById('results');
  const map = L.map(element).setView([Number(element.dataset.lat), Number(element.dataset.lon)],
    Number(element.dataset.zoom));
  const markers = L.layerGroup().addTo(map);
  const places = new Map();
  let here = null;

  function getJson(url) {
    return fetch(url, {headers: {Accept: 'application/json'}}).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) {
          throw new Error(body.message || WI.t('js.common.server-answered', r.status));
        }
        return body;
      });
    });
  }

  function line(tag, content) {
    const node = document.createElement(tag);
    node.textContent = content;
    return node;
  }

  fetch('/api/territories/municipio').then(function (r) { return r.json(); }).then(function (layer) {
    L.geoJSON(layer, {style: {color: '#0b3d5c', weight: 1, fill: false}, interactive: false}).addTo(map);
  });

  getJson('/api/service-types').then(function (types) {
    types.forEach(function (type) {
      const option = line('option', type.name || type.code);
      option.value = type.code;
      serviceSelect.appendChild(option);
    });
    search();
  });

  function search() {
    if (!here || !serviceSelect.value) {
      return;
    }
    statusBox.textContent = WI.t('js.find.searching');
    const url = '/api/finder/nearest?lat=' + here.lat + '&lon=' + here.lng + '&serviceType='
      + encodeURIComponent(serviceSelect.value) + '&includeAll=' + includeAll.checked + '&limit=5';
    getJson(url).then(show).catch(function (e) { statusBox.textContent = e.message; });
    document.dispatchEvent(new CustomEvent('wi:find', {detail: {lat: here.lat, lon: here.lng,
      serviceType: serviceSelect.value}}));
  }

  function show(found) {
    markers.clearLayers();
    results.replaceChildren();
    L.circleMarker(here, {radius: 7, color: '#cf222e'}).addTo(markers).bindTooltip(WI.t('js.find.here'));
    statusBox.textContent = found.length === 0 ? WI.t('js.find.none')
      : WI.t('js.find.nearest', WI.fmt.number(found.length));
    found.forEach(function (f, i) {
      const item = document.createElement('li');
      item.appendChild(line('strong', f.name));
      item.appendChild(line('div', f.address || ''));
      item.appendChild(line('div', WI.fmt.distance(f.distanceMetres) + ' — ' + WI.status(f.status)
        + (f.organisation ? ' — ' + f.organisation : '')));
      if (f.occupancyAsOf) {
        item.appendChild(line('div', WI.t('js.find.occupancy', WI.fmt.number(f.freePlaces),
          f.waiting === null ? WI.t('js.common.few') : WI.fmt.number(f.waiting), WI.fmt.date(f.occupancyAsOf))));
      }
      results.appendChild(item);
      L.marker([f.lat, f.lon], {title: (i + 1) + '. ' + f.name}).addTo(markers);
    });
    if (found.length) {
      map.fitBounds(L.latLngBounds(found.map(function (f) { return [f.lat, f.lon]; }).concat([[here.lat, here.lng]]))
        .pad(0.2));
    }
  }

  map.on('click', function (e) {
    here = e.latlng;
    search();
  });
  serviceSelect.addEventListener('change', search);
  includeAll.addEventListener('change', search);

  let typing = null;
  placeInput.addEventListener('input', function () {
    const chosen = places.get(placeInput.value);
    if (chosen) {
      here = L.latLng(chosen.lat, chosen.lon);
      search();
      return;
    }
    clearTimeout(typing);
    if (placeInput.value.trim().length < 2) {
      return;
    }
    typing = setTimeout(function () {
      getJson('/api/finder/places?q=' + encodeURIComponent(placeInput.value.trim())).then(function (found) {
        placeList.replaceChildren();
        places.clear();
        found.forEach(function (p) {
          places.set(p.label, p);
          const option = document.createElement('option');
          option.value = p.label;
          option.label = WI.t('js.find.kind.' + p.kind);
          placeList.appendChild(option);
        });
        if (found.length === 0) {
          statusBox.textContent = WI.t('js.find.no-place', placeInput.value.trim());
        }
      }).catch(function (e) { statusBox.textContent = e.message; });
    }, 250);
  });
})();
