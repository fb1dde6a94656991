// Public places (schools, libraries… imported for outreach) as a layer of the map page that the reader turns on
// and off; a popup names each place, its kind and address. Public information only: no figure about people.
// Text: the bundles' js.places.* (WI.t); a kind with no text of its own is shown as imported.
(function () {
  'use strict';
  const toggle = document.getElementById('public-places');
  if (!window.wiMap || !toggle) {
    return;
  }
  const map = window.wiMap.map;
  const status = document.getElementById('public-places-status');
  let layer = null;

  function kindName(kind) {
    const key = 'js.places.kind.' + kind;
    const name = WI.t(key);
    return name === key ? kind : name;
  }

  function popup(marker) {
    const p = marker.feature.properties;
    const box = document.createElement('div');
    const name = document.createElement('strong');
    name.textContent = p.name;
    box.appendChild(name);
    [kindName(p.kind), p.address].filter(Boolean).forEach(function (line) {
      const row = document.createElement('div');
      row.textContent = line;
      box.appendChild(row);
    });
    return box;
  }

  function show() {
    if (layer) {
      layer.addTo(map);
      return;
    }
    status.textContent = WI.t('js.places.loading');
    fetch('/api/public-places', {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
      .then(function (r) {
        if (!r.ok) {
          throw new Error(WI.t('js.common.url-answered', '/api/public-places', r.status));
        }
        return r.json();
      })
      .then(function (collection) {
        layer = L.geoJSON(collection, {
          pointToLayer: function (feature, latlng) {
            return L.circleMarker(latlng, {radius: 3, weight: 1, color: '#ffffff', fillColor: '#2da44e',
              fillOpacity: 0.9});
          }
        }).bindPopup(popup);
        status.textContent = collection.features.length === 0 ? WI.t('js.places.none')
          : WI.t('js.places.count', WI.fmt.number(collection.features.length));
        if (toggle.checked) {
          layer.addTo(map);
        }
      })
      .catch(function (e) { status.textContent = e.message; });
  }

  toggle.addEventListener('change', function () {
    if (toggle.checked) {
      show();
    } else if (layer) {
      map.removeLayer(layer);
    }
  });
})();
