// The finder's referral: for the chosen place and service, the nearest centres with room first (a nearer full
// centre after a farther one with room), then other places that could meet the need. Same ranking as
// /api/referral; waiting lists below the disclosure threshold are withheld. Text is inserted as text only.
(function () {
  'use strict';

  const results = document.getElementById('results');
  if (!results) {
    return;
  }
  const box = document.createElement('section');
  box.id = 'referral';
  results.after(box);

  function line(tag, content) {
    const node = document.createElement(tag);
    node.textContent = content;
    return node;
  }

  function describe(c) {
    const cost = WI.fmt.distance(c.travelCost);
    const room = c.freePlaces === null ? WI.t('js.referral.room-unknown') : WI.t('js.referral.free', WI.fmt.number(c.freePlaces));
    const waiting = c.occupancyAsOf ? WI.t('js.referral.waiting',
      c.waiting === null ? WI.t('js.common.few') : WI.fmt.number(c.waiting)) : '';
    return c.rank + '. ' + c.name + ' — ' + cost + ' — ' + room + waiting + (c.operator ? ' — ' + c.operator : '');
  }

  function list(title, centres) {
    box.appendChild(line('h3', title));
    const items = document.createElement('ol');
    centres.forEach(function (c) { items.appendChild(line('li', describe(c))); });
    box.appendChild(items);
  }

  document.addEventListener('wi:find', function (e) {
    const url = '/api/finder/referral?lat=' + e.detail.lat + '&lon=' + e.detail.lon + '&serviceType='
      + encodeURIComponent(e.detail.serviceType);
    fetch(url, {headers: {Accept: 'application/json'}}).then(function (r) { return r.json(); }).then(function (a) {
      box.replaceChildren();
      if (!a.centres) {
        box.appendChild(line('p', a.message || WI.t('js.referral.none')));
        return;
      }
      list(WI.t('js.referral.direct'), a.centres);
      if (a.otherPlaces.length) {
        list(WI.t('js.referral.others'), a.otherPlaces);
      }
    });
  });
})();
