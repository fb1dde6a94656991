// Compensation works page: the planner clicks the development site on the map, sets the catchment radius and
// the services to assess, then opens the one-page report or its PDF (GET /compensation). A drawn polygon site
// goes through POST /api/analytics/compensation. Text from the data is inserted as text, never as HTML.
(function () {
  'use strict';

  const element = document.getElementById('site-map');
  const radiusInput = document.getElementById('site-radius');
  const serviceSelect = document.getElementById('site-services');
  const status = document.getElementById('site-status');
  const map = L.map(element).setView([Number(element.dataset.lat), Number(element.dataset.lon)],
    Number(element.dataset.zoom));
  let site = null;
  let marker = null;
  let circle = null;

  fetch('/api/territories/municipio?zoom=12', {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (layer) {
      if (layer) {
        L.geoJSON(layer, {style: {color: '#0b3d5c', weight: 1, fill: false}, interactive: false}).addTo(map);
      }
    });

  function radius() {
    return Number(radiusInput.value);
  }

  function draw() {
    if (!site) {
      return;
    }
    if (marker) {
      map.removeLayer(marker);
      map.removeLayer(circle);
    }
    marker = L.marker(site).addTo(map);
    circle = L.circle(site, {radius: radius(), color: '#e6550d', weight: 2, fillOpacity: 0.08}).addTo(map);
    status.textContent = WI.t('js.compensation.site-at', WI.fmt.number(site.lat, 5), WI.fmt.number(site.lng, 5),
      WI.fmt.distance(radius()));
  }

  function reportUrl(format) {
    const services = Array.from(serviceSelect.selectedOptions).map(function (o) { return o.value; });
    const name = document.getElementById('site-name').value.trim();
    return '/compensation?lon=' + site.lng.toFixed(6) + '&lat=' + site.lat.toFixed(6) + '&radius=' + radius()
      + (services.length ? '&serviceTypes=' + encodeURIComponent(services.join(',')) : '')
      + (name ? '&name=' + encodeURIComponent(name) : '') + (format ? '&format=' + format : '');
  }

  function open(format) {
    if (!site) {
      status.textContent = WI.t('js.compensation.pick-site');
      return;
    }
    window.open(reportUrl(format), '_blank');
  }

  map.on('click', function (e) {
    site = e.latlng;
    draw();
  });
  radiusInput.addEventListener('input', draw);
  document.getElementById('open-compensation').addEventListener('click', function () { open(null); });
  document.getElementById('compensation-pdf').addEventListener('click', function () { open('pdf'); });

  fetch('/api/service-types', {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
    .then(function (r) { return r.json(); })
    .then(function (types) {
      types.forEach(function (t) {
        const option = document.createElement('option');
        option.value = t.code;
        option.textContent = t.name || t.code;
        serviceSelect.appendChild(option);
      });
    });
  status.textContent = WI.t('js.compensation.pick-site');
}());
