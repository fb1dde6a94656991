// Time on the map page: the Analyse panel's year selector (filled from /api/demand/periods; analytics.js sends
// the chosen year), and facility popups that show opening and closing dates and each service's places over time.
// Words are the bundles' js.timeline.* strings (WI.t); text from the data is inserted as text, never as HTML.
(function () {
  'use strict';

  const yearSelect = document.getElementById('an-year');
  const numbers = new Intl.NumberFormat(document.documentElement.lang || 'it', {maximumFractionDigits: 0});

  function text(tag, content, className) {
    const element = document.createElement(tag);
    element.textContent = content;
    if (className) {
      element.className = className;
    }
    return element;
  }

  if (yearSelect) {
    fetch('/api/demand/periods', {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (periods) {
        periods.forEach(function (period) {
          const year = String(period).slice(0, 4);
          if (/^\d{4}$/.test(year)) {
            const option = text('option', year + ' — ' + WI.t('js.timeline.periodYear', period));
            option.value = year;
            yearSelect.appendChild(option);
          }
        });
      });
  }

  if (!window.wiMap || !window.wiMap.map) {
    return;
  }
  window.wiMap.map.on('popupopen', function (e) {
    const layer = e.popup._source;
    const p = layer && layer.feature && layer.feature.properties;
    const box = e.popup.getElement() && e.popup.getElement().querySelector('.leaflet-popup-content > div');
    if (!p || !p.code || !p.services || !box) {
      return;
    }
    const dates = [];
    if (p.openedOn) {
      dates.push(WI.t('js.timeline.opened') + ' ' + p.openedOn);
    }
    if (p.closedOn) {
      dates.push(WI.t('js.timeline.closed') + ' ' + p.closedOn);
    }
    if (dates.length) {
      box.appendChild(text('div', dates.join(' · '), 'timeline-dates'));
    }
    p.services.filter(function (s) { return s.history && s.history.length; }).forEach(function (s) {
      box.appendChild(text('div', s.name + ' — ' + WI.t('js.timeline.history') + ':', 'timeline-title'));
      const list = document.createElement('ul');
      list.className = 'timeline';
      s.history.forEach(function (change) {
        list.appendChild(text('li', WI.t('js.timeline.from') + ' ' + change.effectiveOn + ': ' + (change.open
          ? (change.places == null ? '?' : numbers.format(change.places)) + ' ' + WI.t('js.timeline.places')
          : WI.t('js.timeline.serviceClosed'))));
      });
      box.appendChild(list);
    });
  });
})();
