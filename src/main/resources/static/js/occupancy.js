// Facility popups on the map gain each service's free places and waiting list (fetched when a popup opens).
// Text from the data is always inserted as text, never as HTML.
(function () {
  'use strict';

  if (!window.wiMap || !window.wiMap.map) {
    return;
  }

  // the service's name as the facility layer gives it, in the page's language
  function describe(s, names) {
    const name = names.get(s.serviceType) || s.serviceType;
    if (s.asOf === null) {
      return WI.t('js.occupancy.none', name);
    }
    const waiting = s.waiting === null ? WI.t('js.occupancy.withheld') : WI.fmt.number(s.waiting);
    return WI.t('js.occupancy.figures', name, s.freePlaces === null ? '?' : WI.fmt.number(s.freePlaces), waiting,
      WI.fmt.date(s.asOf));
  }

  window.wiMap.map.on('popupopen', function (e) {
    const layer = e.popup._source;
    const p = layer && layer.feature && layer.feature.properties;
    if (!p || !p.services || !p.code) {
      return;
    }
    fetch('/api/occupancy/' + encodeURIComponent(p.code), {headers: {Accept: 'application/json'},
      credentials: 'same-origin'}).then(function (r) { return r.ok ? r.json() : []; }).then(function (services) {
      const box = e.popup.getElement() && e.popup.getElement().querySelector('.leaflet-popup-content > div');
      if (!box || services.length === 0) {
        return;
      }
      const names = new Map(p.services.map(function (s) { return [s.serviceType, s.name]; }));
      const list = document.createElement('ul');
      list.className = 'occupancy';
      services.forEach(function (s) {
        const item = document.createElement('li');
        item.textContent = describe(s, names);
        list.appendChild(item);
      });
      // not popup.update(): it would render the content again from the facility, without this list
      box.appendChild(list);
    });
  });
})();
