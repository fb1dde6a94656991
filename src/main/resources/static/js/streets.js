// Travel along streets: when the street network's travel costs are computed, the Analyse panel offers them
// (and uses them by default) and a small note on the map says so. Text: the bundles' js.streets.* (WI.t).
(function () {
  'use strict';
  if (!window.wiMap) {
    return;
  }
  fetch('/api/network', {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (network) {
      if (!network || !network.loaded || network.pairs === 0) {
        return;
      }
      const row = document.getElementById('an-costs-row');
      if (row) {
        row.hidden = false;
      }
      const km = new Intl.NumberFormat(document.documentElement.lang || 'it', {maximumFractionDigits: 0});
      const note = L.control({position: 'bottomleft'});
      note.onAdd = function () {
        const box = L.DomUtil.create('div', 'legend streets-note');
        box.textContent = WI.t('js.streets.note') + ' · ' + km.format(network.kilometres) + ' ' + WI.t('js.streets.note.km');
        return box;
      };
      note.addTo(window.wiMap.map);
    })
    .catch(function () { /* without the note the map still works */ });
})();
