// Facility popups on the map gain a "Service mix" link: which services of the centre to increase or decrease, with
// places and staff, from /api/analytics/service-mix/{code}. Sentences come from the page (the data- attributes of #wi-text-which);
// text from the data is inserted as text, never as HTML.
(function () {
  'use strict';

  const textBox = document.getElementById('wi-text-which');
  const T = textBox ? textBox.dataset : null;
  if (!window.wiMap || !window.wiMap.map || !T) {
    return;
  }
  const ADVICE = {INCREASE: 'increase', KEEP: 'keep', DECREASE: 'decrease', NO_PLACES: 'noPlaces'};
  const lang = document.documentElement.lang || 'it';
  const decimals = new Intl.NumberFormat(lang, {maximumFractionDigits: 1, signDisplay: 'exceptZero'});
  const whole = new Intl.NumberFormat(lang, {maximumFractionDigits: 0});

  function fill(pattern, values) {
    return pattern.replace(/\{(\d)\}/g, function (m, i) { return values[Number(i)]; });
  }

  function show(value, format) {
    return value == null ? '–' : format.format(value);
  }

  function load(code, box) {
    const list = document.createElement('ul');
    list.className = 'service-mix';
    list.textContent = T.mixLoading;
    box.appendChild(list);
    const cutoff = document.getElementById('an-cutoff');
    fetch('/api/analytics/service-mix/' + encodeURIComponent(code)
      + (cutoff && cutoff.value ? '?cutoff=' + encodeURIComponent(cutoff.value) : ''),
    {headers: {Accept: 'application/json'}, credentials: 'same-origin'}).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (body) {
        if (!r.ok) {
          throw new Error(body.message || String(r.status));
        }
        return body;
      });
    }).then(function (mix) {
      list.replaceChildren();
      mix.services.forEach(function (s) {
        const item = document.createElement('li');
        item.textContent = fill(T.mixLine, [s.serviceName, s.advice ? T[ADVICE[s.advice]] : '–',
          show(s.placeChange, decimals), show(s.staffChange, decimals), show(s.people, whole)]);
        list.appendChild(item);
      });
    }).catch(function (error) {
      list.textContent = fill(T.mixError, [error.message]);
    });
  }

  window.wiMap.map.on('popupopen', function (e) {
    const layer = e.popup._source;
    const p = layer && layer.feature && layer.feature.properties;
    const box = e.popup.getElement() && e.popup.getElement().querySelector('.leaflet-popup-content > div');
    if (!p || !p.services || !p.code || !box) {
      return;
    }
    const link = document.createElement('a');
    link.href = '#';
    link.className = 'service-mix-link';
    link.textContent = T.mixLink;
    link.addEventListener('click', function (event) {
      event.preventDefault();
      // hidden, not removed: a click whose target left the popup would reach the map and close it
      link.hidden = true;
      load(p.code, box);
    });
    box.appendChild(link);
  });
}());
