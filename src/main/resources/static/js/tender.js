// Tender support page: choose a published area or draw a zone, choose target groups, then open the zone
// context report, download it, check a bid, or find partners for a networked project. Text from the data is
// inserted as text, never as HTML.
(function () {
  'use strict';

  const element = document.getElementById('tender-map');
  const levelSelect = document.getElementById('zone-level');
  const codeSelect = document.getElementById('zone-code');
  const targetSelect = document.getElementById('zone-targets');
  const statusBox = document.getElementById('tender-status');
  const drawStatus = document.getElementById('draw-status');
  const bidResult = document.getElementById('bid-result');
  const serviceSelect = document.getElementById('partner-services');
  const partnerResult = document.getElementById('partner-result');
  const csrf = document.querySelector('meta[name="_csrf"]').content;

  const map = L.map(element).setView([Number(element.dataset.lat), Number(element.dataset.lon)],
    Number(element.dataset.zoom));
  let areas = null;
  let drawing = null;   // vertices while drawing
  let drawn = null;     // the finished polygon layer
  let sketch = null;

  function getJson(url) {
    return fetch(url, {headers: {Accept: 'application/json'}, credentials: 'same-origin'}).then(function (r) {
      if (!r.ok) {
        throw new Error(WI.t('js.common.url-answered', url, r.status));
      }
      return r.json();
    });
  }

  function selectedTargets() {
    return Array.from(targetSelect.selectedOptions).map(function (o) { return o.value; });
  }

  function zoneBody() {
    const body = {targets: selectedTargets()};
    if (drawn) {
      body.name = WI.t('js.tender.drawn-zone');
      body.polygon = drawn.toGeoJSON().geometry;
    } else {
      body.level = levelSelect.value;
      body.code = codeSelect.value;
    }
    return body;
  }

  function post(url, body) {
    return fetch(url, {method: 'POST', credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'X-CSRF-TOKEN': csrf}, body: JSON.stringify(body)})
      .then(function (r) {
        if (!r.ok) {
          return r.json().then(function (e) { throw new Error(e.message || r.status); });
        }
        return r;
      });
  }

  function loadAreas() {
    statusBox.textContent = WI.t('js.tender.loading-areas');
    getJson('/api/territories/' + levelSelect.value + '?zoom=12').then(function (collection) {
      if (areas) {
        map.removeLayer(areas);
      }
      codeSelect.replaceChildren();
      collection.features.slice().sort(function (a, b) {
        return a.properties.name.localeCompare(b.properties.name);
      }).forEach(function (f) {
        const option = document.createElement('option');
        option.value = f.properties.code;
        option.textContent = f.properties.name + ' (' + f.properties.code + ')';
        codeSelect.appendChild(option);
      });
      areas = L.geoJSON(collection, {
        style: function (f) {
          return {color: '#0b3d5c', weight: f.properties.code === codeSelect.value ? 3 : 1, fillOpacity: 0.05};
        },
        onEachFeature: function (f, layer) {
          layer.on('click', function () {
            if (!drawing) {
              clearDrawn();
              codeSelect.value = f.properties.code;
              highlight();
            }
          });
        }
      }).addTo(map);
      statusBox.textContent = WI.t('js.tender.areas', WI.fmt.number(collection.features.length));
      highlight();
    }).catch(function (e) { statusBox.textContent = e.message; });
  }

  function highlight() {
    if (areas) {
      areas.setStyle(function (f) {
        return {color: '#0b3d5c', weight: !drawn && f.properties.code === codeSelect.value ? 3 : 1, fillOpacity: 0.05};
      });
    }
  }

  function clearDrawn() {
    if (drawn) {
      map.removeLayer(drawn);
      drawn = null;
      drawStatus.textContent = '';
    }
  }

  document.getElementById('draw-start').addEventListener('click', function () {
    clearDrawn();
    drawing = [];
    document.getElementById('draw-finish').disabled = false;
    drawStatus.textContent = WI.t('js.tender.draw-hint');
    highlight();
  });

  map.on('click', function (e) {
    if (!drawing) {
      return;
    }
    drawing.push(e.latlng);
    if (sketch) {
      map.removeLayer(sketch);
    }
    sketch = L.polyline(drawing, {color: '#e6550d'}).addTo(map);
  });

  document.getElementById('draw-finish').addEventListener('click', function () {
    if (!drawing || drawing.length < 3) {
      drawStatus.textContent = WI.t('js.tender.three-corners');
      return;
    }
    if (sketch) {
      map.removeLayer(sketch);
    }
    drawn = L.polygon(drawing, {color: '#e6550d', weight: 3}).addTo(map);
    drawing = null;
    document.getElementById('draw-finish').disabled = true;
    drawStatus.textContent = WI.t('js.tender.drawn-ready');
    highlight();
  });

  function needTargets() {
    if (selectedTargets().length === 0) {
      statusBox.textContent = WI.t('js.tender.choose-target');
      return false;
    }
    return true;
  }

  function reportUrl(format) {
    return '/tender/zone-report?level=' + encodeURIComponent(levelSelect.value) + '&code='
      + encodeURIComponent(codeSelect.value) + '&targets=' + encodeURIComponent(selectedTargets().join(','))
      + (format ? '&format=' + format : '');
  }

  function download(format) {
    statusBox.textContent = WI.t('js.tender.preparing', format.toUpperCase());
    post('/api/tender/zone-report?format=' + format, zoneBody()).then(function (r) {
      return r.blob();
    }).then(function (blob) {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = WI.t('js.tender.file-name') + '.' + format;
      link.click();
      statusBox.textContent = WI.t('js.tender.downloaded');
    }).catch(function (e) { statusBox.textContent = e.message; });
  }

  document.getElementById('open-report').addEventListener('click', function () {
    if (!needTargets()) {
      return;
    }
    if (drawn) {
      download('pdf');
    } else {
      window.open(reportUrl(null), '_blank');
    }
  });

  document.querySelectorAll('.download').forEach(function (button) {
    button.addEventListener('click', function () {
      if (needTargets()) {
        download(button.dataset.format);
      }
    });
  });

  document.getElementById('bid-check').addEventListener('click', function () {
    if (!needTargets()) {
      return;
    }
    bidResult.textContent = WI.t('js.tender.checking');
    post('/api/tender/bid-check', zoneBody()).then(function (r) { return r.json(); }).then(function (check) {
      bidResult.replaceChildren();
      const verdict = document.createElement('div');
      verdict.className = 'verdict';
      verdict.textContent = (check.score == null ? '' : WI.t('js.tender.score', WI.fmt.number(check.score)) + ' — ')
        + check.verdict;
      bidResult.appendChild(verdict);
      const list = document.createElement('ul');
      check.targets.concat([]).forEach(function (t) {
        const item = document.createElement('li');
        item.textContent = t.name + ': ' + t.assessment;
        list.appendChild(item);
      });
      check.reasons.forEach(function (reason) {
        const item = document.createElement('li');
        item.textContent = reason;
        list.appendChild(item);
      });
      bidResult.appendChild(list);
    }).catch(function (e) { bidResult.textContent = e.message; });
  });

  function people(count) {
    return count == null ? WI.t('js.common.withheld') : WI.fmt.number(count);
  }

  function partnerQuestion() {
    const body = zoneBody();
    body.serviceTypes = Array.from(serviceSelect.selectedOptions).map(function (o) { return o.value; });
    body.k = Number(document.getElementById('partner-k').value);
    body.radius = Number(document.getElementById('partner-radius').value);
    return body;
  }

  // a published area has a plain address for its CSV; a drawn zone's CSV is posted and kept as a file link
  function partnerCsvLink(body) {
    const link = document.createElement('a');
    link.textContent = WI.t('js.tender.partners-csv');
    link.download = WI.t('js.tender.partners-file-name') + '.csv';
    if (!body.polygon) {
      link.href = '/api/partners?level=' + encodeURIComponent(body.level) + '&code=' + encodeURIComponent(body.code)
        + '&targets=' + encodeURIComponent(body.targets.join(',')) + '&serviceTypes='
        + encodeURIComponent(body.serviceTypes.join(',')) + '&k=' + body.k + '&radius=' + body.radius + '&format=csv';
      return Promise.resolve(link);
    }
    return post('/api/partners?format=csv', body).then(function (r) { return r.blob(); }).then(function (blob) {
      link.href = URL.createObjectURL(blob);
      return link;
    });
  }

  function showPartners(answer, csvLink) {
    partnerResult.replaceChildren();
    if (answer.partners.length === 0) {
      partnerResult.textContent = WI.t('js.tender.partners-none');
      return;
    }
    const list = document.createElement('ol');
    answer.partners.forEach(function (p) {
      const item = document.createElement('li');
      const name = document.createElement('strong');
      name.textContent = p.name;
      item.appendChild(name);
      item.appendChild(document.createTextNode(' — ' + WI.t('js.tender.partner-adds', people(p.addedPeople))));
      const gains = document.createElement('ul');
      p.why.forEach(function (g) {
        const gain = document.createElement('li');
        gain.textContent = g.serviceName + ': +' + people(g.addedPeople);
        gains.appendChild(gain);
      });
      item.appendChild(gains);
      list.appendChild(item);
    });
    partnerResult.appendChild(list);
    const total = document.createElement('p');
    total.textContent = WI.t('js.tender.partners-covered', people(answer.coveredPeople),
      people(answer.unmetPeople), WI.fmt.percent(answer.shareCovered));
    partnerResult.appendChild(total);
    partnerResult.appendChild(csvLink);
  }

  document.getElementById('find-partners').addEventListener('click', function () {
    if (!needTargets()) {
      return;
    }
    const body = partnerQuestion();
    if (body.serviceTypes.length === 0) {
      partnerResult.textContent = WI.t('js.tender.choose-service');
      return;
    }
    partnerResult.textContent = WI.t('js.tender.partners-finding');
    post('/api/partners', body).then(function (r) { return r.json(); }).then(function (answer) {
      return partnerCsvLink(body).then(function (link) { showPartners(answer, link); });
    }).catch(function (e) { partnerResult.textContent = e.message; });
  });

  levelSelect.addEventListener('change', function () { clearDrawn(); loadAreas(); });
  codeSelect.addEventListener('change', function () { clearDrawn(); highlight(); });

  getJson('/api/targets').then(function (targets) {
    targets.forEach(function (t) {
      const option = document.createElement('option');
      option.value = t.code;
      option.textContent = t.name;
      option.selected = t.code === 'P_ELDERLY_75_PLUS';
      targetSelect.appendChild(option);
    });
  });
  getJson('/api/service-types').then(function (types) {
    types.forEach(function (t) {
      const option = document.createElement('option');
      option.value = t.code;
      option.textContent = t.name || t.code;
      serviceSelect.appendChild(option);
    });
  });
  loadAreas();
}());
