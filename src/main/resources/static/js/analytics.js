// The "Analyse" panel of the map page: accessibility, over- and under-served neighbourhoods or sections, hot spots and
// the priority ranking, drawn over the map of map.js (window.wiMap). Every figure comes from /api/analytics;
// text from the data is inserted as text, never as HTML.
(function () {
  'use strict';

  const ACCESS_COLOURS = ['#d7191c', '#fdae61', '#ffffbf', '#a6d96a', '#1a9641'];
  const STATUS_COLOURS = {UNDER: '#d7191c', BALANCED: '#cccccc', OVER: '#2b83ba', NO_DEMAND: '#ffffff'};
  const HOT_COLD_COLOURS = {'-3': '#2166ac', '-2': '#67a9cf', '-1': '#d1e5f0', '0': '#f7f7f7', '1': '#fddbc7',
    '2': '#ef8a62', '3': '#b2182b'};
  // Gi* classes: -3 … 3 are cold or hot spots at 99, 95 and 90 % confidence, 0 not significant
  const HOT_COLD_CONFIDENCE = {'3': 99, '2': 95, '1': 90};
  const PRIORITY_COLOURS = ['#f2f0f7', '#cbc9e2', '#9e9ac8', '#756bb1', '#54278f'];
  const POPULATION_BASE_GROUPS = ['RESIDENTS'];
  const POPULATION_BASES = ['F_ALL'];

  const $ = function (id) { return document.getElementById(id); };
  const panel = $('analyse');
  if (!panel) {
    return;
  }
  const serviceSelect = $('an-service');
  const targetSelect = $('an-target');
  const measureSelect = $('an-measure');
  const cutoffInput = $('an-cutoff');
  const benchmarkSelect = $('an-benchmark');
  const normInput = $('an-norm');
  const priorityTargets = $('an-priority-targets');
  const statusBox = $('an-status');
  const legend = $('an-legend');
  const ranking = $('an-ranking');
  const analysis = {done: false, error: null, measure: null, coloured: 0, catchments: null, overlaps: null,
    areas: null, rankingSize: 0};
  window.wiAnalysis = analysis;
  // measures other scripts add (centre-load.js): value of the Measure option → function(tools) → Promise
  analysis.measures = {};
  let neighbourhoods = null;

  function getJson(url) {
    return fetch(url, {headers: {Accept: 'application/json'}, credentials: 'same-origin'}).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (body) {
        if (!r.ok) {
          throw new Error(body.message || WI.t('js.common.url-answered', url, r.status));
        }
        return body;
      });
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

  function format(value, digits) {
    return WI.fmt.number(value, digits == null ? 1 : digits);
  }

  function query(parameters) {
    return Object.keys(parameters).filter(function (k) { return parameters[k] != null && parameters[k] !== ''; })
      .map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(parameters[k]); }).join('&');
  }

  function legendRow(colour, label) {
    const row = document.createElement('div');
    row.className = 'legend-row';
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = colour;
    row.appendChild(swatch);
    row.appendChild(text('span', label));
    legend.appendChild(row);
  }

  function quantileBreaks(values, classes) {
    const sorted = values.filter(function (v) { return v != null; }).sort(function (a, b) { return a - b; });
    const breaks = [];
    for (let i = 1; i <= classes; i++) {
      breaks.push(sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * i / classes) - 1)] : 0);
    }
    return breaks;
  }

  function classOf(value, breaks) {
    for (let i = 0; i < breaks.length; i++) {
      if (value <= breaks[i]) {
        return i;
      }
    }
    return breaks.length - 1;
  }

  function removeLayer(name) {
    if (analysis[name]) {
      window.wiMap.map.removeLayer(analysis[name]);
      analysis[name] = null;
    }
  }

  // Colours the section polygons of map.js by a value per section code.
  function colourSections(valueByCode, colourOf) {
    let coloured = 0;
    window.wiMap.sections.setStyle(function (feature) {
      const value = valueByCode.get(feature.properties.code);
      const colour = value == null ? null : colourOf(value);
      coloured += colour ? 1 : 0;
      return {fillColor: colour || '#eeeeee', fillOpacity: colour ? 0.8 : 0.35, color: '#ffffff', weight: 0.3};
    });
    analysis.coloured = coloured;
  }

  function fadeSections() {
    window.wiMap.sections.setStyle({fillColor: '#eeeeee', fillOpacity: 0.3, color: '#ffffff', weight: 0.3});
  }

  // Neighbourhood polygons coloured by a value per code, drawn above the sections.
  function drawAreas(colourByCode, popup) {
    removeLayer('areas');
    analysis.areas = L.geoJSON(neighbourhoods, {
      style: function (feature) {
        const colour = colourByCode.get(feature.properties.code);
        return {fillColor: colour || '#eeeeee', fillOpacity: colour ? 0.75 : 0.2, color: '#444444', weight: 0.8};
      }
    }).bindPopup(function (layer) { return popup(layer.feature.properties.code); }).addTo(window.wiMap.map);
    analysis.coloured = colourByCode.size;
  }

  function loadNeighbourhoods() {
    return neighbourhoods ? Promise.resolve(neighbourhoods)
      : getJson('/api/territories/neighbourhood?zoom=13').then(function (collection) {
        neighbourhoods = collection;
        return collection;
      });
  }

  // the year chosen in the panel (timeline.js fills it): demand then and supply on 1 July; none = the latest
  function when() {
    const year = $('an-year') ? $('an-year').value : '';
    return year ? {year: year} : {};
  }

  function common() {
    // the choice of distances is offered (by streets.js) only when travel along the streets is computed
    const costsRow = $('an-costs-row');
    return Object.assign({target: targetSelect.value, serviceType: serviceSelect.value, cutoff: cutoffInput.value,
      costs: costsRow && !costsRow.hidden ? $('an-costs').value : null}, when());
  }

  function runAccessibility(method) {
    return getJson('/api/analytics/accessibility?' + query(Object.assign(common(), {method: method})))
      .then(function (layer) {
        const values = new Map(layer.sections.map(function (s) { return [s.code, s.value]; }));
        const breaks = quantileBreaks(layer.sections.map(function (s) { return s.value; }), ACCESS_COLOURS.length);
        // for a distance, short is good: reverse the scale so green always means better access
        const palette = method === 'nearest' ? ACCESS_COLOURS.slice().reverse() : ACCESS_COLOURS;
        colourSections(values, function (v) { return palette[classOf(v, breaks)]; });
        const unit = method === 'nearest' ? ' ' + layer.unit : ' ' + WI.t('js.analyse.places-per-person');
        legend.appendChild(text('div', measureSelect.options[measureSelect.selectedIndex].textContent, 'legend-title'));
        let lower = null;
        breaks.forEach(function (upper, i) {
          legendRow(palette[i], (lower == null ? '≤ ' : format(lower, 4) + ' – ') + format(upper, 4) + unit);
          lower = upper;
        });
        legendRow('#eeeeee', WI.t('js.analyse.no-centre-within', format(layer.cutoff, 0), layer.unit));
        const source = {'streets': WI.t('js.streets.source.streets'),
          'straight-line': WI.t('js.streets.source.straight-line'), 'imported': WI.t('js.streets.source.imported')};
        if (source[layer.costSource]) {
          legend.appendChild(text('div', source[layer.costSource], 'legend-note'));
        }
        statusBox.textContent = WI.t('js.analyse.reach', format(layer.sectionsWithValue, 0),
          format(layer.facilities, 0), format(layer.sectionsWithoutValue, 0));
      });
  }

  function runGaps() {
    const level = $('an-gap-level').value;
    const parameters = Object.assign(common(), {level: level, benchmark: benchmarkSelect.value,
      norm: benchmarkSelect.value === 'norm' ? normInput.value : null});
    const areas = level === 'section' ? Promise.resolve(null) : loadNeighbourhoods();
    return Promise.all([getJson('/api/analytics/gaps?' + query(parameters)), areas])
      .then(function (results) {
        const report = results[0];
        const byCode = new Map(report.units.map(function (u) { return [u.code, u]; }));
        const colours = new Map(report.units.map(function (u) { return [u.code, STATUS_COLOURS[u.status]]; }));
        if (level === 'section') {
          removeLayer('areas');
          colourSections(colours, function (colour) { return colour; });
        } else {
          fadeSections();
          drawAreas(colours, function (code) {
            const u = byCode.get(code);
            const box = document.createElement('div');
            if (!u) {
              return box;
            }
            box.appendChild(text('strong', u.name || code));
            box.appendChild(text('div', statusLabel(u.status)));
            box.appendChild(text('div', WI.t('js.analyse.gap.rate', format(u.placesPerThousand), format(u.benchmark))));
            box.appendChild(text('div', WI.t('js.analyse.gap.missing', format(u.gapPlaces), format(u.gapStaff))));
            return box;
          });
        }
        legend.appendChild(text('div', WI.t('js.analyse.against',
          benchmarkSelect.options[benchmarkSelect.selectedIndex].textContent), 'legend-title'));
        Object.keys(STATUS_COLOURS).forEach(function (s) { legendRow(STATUS_COLOURS[s], statusLabel(s)); });
        const under = report.units.filter(function (u) { return u.status === 'UNDER'; });
        const missing = under.reduce(function (sum, u) { return sum + (u.gapPlaces || 0); }, 0);
        statusBox.textContent = WI.t(level === 'section' ? 'js.analyse.gap.summary.sections'
          : 'js.analyse.gap.summary.neighbourhoods', format(under.length, 0), format(missing, 0),
          format(missing * report.staffPerPlace, 0));
        analysis.underServed = under.length;
        showRanking(under.sort(function (a, b) { return b.gapPlaces - a.gapPlaces; }).slice(0, 10).map(function (u) {
          return {title: WI.t('js.analyse.gap.entry', u.name || u.code, format(u.gapPlaces, 0)),
            why: WI.t('js.analyse.gap.why', format(u.placesPerThousand), format(u.benchmark))};
        }));
      });
  }

  function runHotSpots() {
    return getJson('/api/analytics/concentration?' + query(Object.assign({target: targetSelect.value,
      level: 'section', variable: 'rate', permutations: 99}, when()))).then(function (report) {
      const values = new Map(report.units.map(function (u) { return [u.code, u.hotCold]; }));
      colourSections(values, function (v) { return HOT_COLD_COLOURS[String(v)]; });
      legend.appendChild(text('div', WI.t('js.analyse.hot.title',
        targetSelect.options[targetSelect.selectedIndex].textContent), 'legend-title'));
      ['3', '2', '1', '0', '-1', '-2', '-3'].forEach(function (k) { legendRow(HOT_COLD_COLOURS[k], hotColdLabel(k)); });
      const hot = report.units.filter(function (u) { return u.hotCold > 0; }).length;
      const cold = report.units.filter(function (u) { return u.hotCold < 0; }).length;
      statusBox.textContent = WI.t('js.analyse.hot.summary', format(hot, 0), format(cold, 0),
        format(report.permutations, 0));
    });
  }

  function runPriority() {
    const chosen = Array.from(priorityTargets.selectedOptions).map(function (o) { return o.value; });
    const targets = chosen.length ? chosen : [targetSelect.value];
    return Promise.all([getJson('/api/analytics/priorities?' + query(Object.assign({targets: targets.join(','),
      level: 'neighbourhood', limit: 88}, when()))), loadNeighbourhoods()]).then(function (results) {
      const report = results[0];
      const names = new Map(Array.from(priorityTargets.options).map(function (o) { return [o.value, o.textContent]; }));
      const byCode = new Map(report.ranking.map(function (p) { return [p.code, p]; }));
      const breaks = quantileBreaks(report.ranking.map(function (p) { return p.score; }), PRIORITY_COLOURS.length);
      fadeSections();
      drawAreas(new Map(report.ranking.map(function (p) {
        return [p.code, PRIORITY_COLOURS[classOf(p.score, breaks)]];
      })), function (code) {
        const p = byCode.get(code);
        return text('div', p ? '#' + p.rank + ' ' + WI.t('js.analyse.priority.entry', p.name || code, format(p.score, 3))
          : code);
      });
      legend.appendChild(text('div', WI.t('js.analyse.priority.legend'), 'legend-title'));
      let lower = null;
      breaks.forEach(function (upper, i) {
        legendRow(PRIORITY_COLOURS[i], (lower == null ? '≤ ' : format(lower, 3) + ' – ') + format(upper, 3));
        lower = upper;
      });
      showRanking(report.ranking.slice(0, 10).map(function (p) {
        return {title: WI.t('js.analyse.priority.entry', p.name || p.code, format(p.score, 3)),
          why: p.contributions.map(function (c) {
            return WI.t('js.analyse.priority.part', names.get(c.target) || c.target, format(c.indicator),
              format(c.contribution, 3));
          }).join('; ')};
      }));
      statusBox.textContent = WI.t(targets.length > 1 ? 'js.analyse.priority.summary.many'
        : 'js.analyse.priority.summary.one', format(targets.length, 0));
    });
  }

  function statusLabel(status) {
    return WI.t('js.analyse.gap.' + status.toLowerCase());
  }

  function hotColdLabel(k) {
    const level = Math.abs(Number(k));
    return level === 0 ? WI.t('js.analyse.hot.none')
      : WI.t(Number(k) > 0 ? 'js.analyse.hot.hot' : 'js.analyse.hot.cold', HOT_COLD_CONFIDENCE[String(level)]);
  }

  function showRanking(entries) {
    ranking.replaceChildren();
    entries.forEach(function (entry) {
      const item = text('li', entry.title);
      item.appendChild(text('span', entry.why, 'why'));
      ranking.appendChild(item);
    });
    analysis.rankingSize = entries.length;
  }

  function outlines() {
    const jobs = [];
    removeLayer('catchments');
    removeLayer('overlaps');
    const parameters = query(common());
    if ($('an-catchments').checked) {
      jobs.push(getJson('/api/analytics/catchments?' + parameters).then(function (collection) {
        analysis.catchments = L.geoJSON(collection, {style: {color: '#0b3d5c', weight: 1.5, fill: false}})
          .bindPopup(function (layer) {
            const p = layer.feature.properties;
            return text('div', WI.t('js.analyse.catchment', p.name, format(p.demand, 0), format(p.load, 2)));
          }).addTo(window.wiMap.map);
      }));
    }
    if ($('an-overlaps').checked) {
      jobs.push(getJson('/api/analytics/overlaps?' + parameters).then(function (collection) {
        analysis.overlaps = L.geoJSON(collection, {style: function (feature) {
          return {color: '#6a3d9a', weight: 0.5, fillColor: '#6a3d9a',
            fillOpacity: 0.06 * feature.properties.minCentres};
        }, interactive: false}).addTo(window.wiMap.map);
        legendRow('rgba(106, 61, 154, 0.24)', WI.t('js.analyse.overlaps'));
      }));
    }
    return Promise.all(jobs);
  }

  // Only the centres of the analysed service stay visible; the map's own legend steps aside while an
  // analysis colours the map, and comes back when the map is recoloured by its own controls.
  function focusMap() {
    const serviceType = serviceSelect.value;
    window.wiMap.facilities.eachLayer(function (marker) {
      const offers = (marker.feature.properties.services || []).some(function (s) {
        return s.serviceType === serviceType;
      });
      marker.setStyle(offers ? {opacity: 1, fillOpacity: 0.9} : {opacity: 0, fillOpacity: 0});
    });
    $('legend').hidden = true;
  }

  function run() {
    const measure = measureSelect.value;
    focusMap();
    analysis.done = false;
    analysis.error = null;
    analysis.measure = measure;
    legend.replaceChildren();
    ranking.replaceChildren();
    analysis.rankingSize = 0;
    removeLayer('areas');
    statusBox.textContent = WI.t('js.analyse.computing');
    const extra = analysis.measures[measure];
    const job = extra ? extra({getJson: getJson, query: query, common: common, text: text, legend: legend,
      legendRow: legendRow, status: statusBox, showRanking: showRanking, fadeSections: fadeSections})
      : measure === 'gaps' ? runGaps() : measure === 'hotspots' ? runHotSpots()
      : measure === 'priority' ? runPriority() : runAccessibility(measure);
    return job.then(outlines).then(function () {
      // one line under the legend on what the figures mean
      legend.appendChild(text('div', WI.t('js.analyse.meaning.' + measure), 'meaning'));
      analysis.done = true;
    }).catch(function (error) {
      statusBox.textContent = WI.t('js.analyse.failed', error.message);
      analysis.error = error.message;
      analysis.done = true;
    });
  }

  function showOptions() {
    $('an-gap-options').hidden = measureSelect.value !== 'gaps';
    $('an-priority-options').hidden = measureSelect.value !== 'priority';
  }

  function fill(select, items, label, preferred) {
    items.forEach(function (item) {
      const option = text('option', label(item));
      option.value = item.code;
      select.appendChild(option);
    });
    if (items.some(function (i) { return i.code === preferred; })) {
      select.value = preferred;
    }
  }

  // Need indicators by theme; counts of everyone (the residents' group, all families) are the bases rates are
  // taken over, not needs, so they are not offered
  function fillNeeds(select, targets, groups) {
    groups.slice().sort(function (a, b) { return a.sortOrder - b.sortOrder; }).forEach(function (group) {
      const members = targets.filter(function (t) {
        return t.groupCode === group.code && POPULATION_BASE_GROUPS.indexOf(group.code) < 0
          && POPULATION_BASES.indexOf(t.code) < 0;
      });
      if (members.length === 0) {
        return;
      }
      const themed = document.createElement('optgroup');
      themed.label = group.name;
      members.forEach(function (t) {
        const option = text('option', t.name);
        option.value = t.code;
        themed.appendChild(option);
      });
      select.appendChild(themed);
    });
  }

  Promise.all([getJson('/api/targets'), getJson('/api/service-types'), getJson('/api/target-groups')])
    .then(function (results) {
    const targets = results[0];
    fill(targetSelect, targets, function (t) { return t.name; }, 'P_ELDERLY_ALONE');
    fillNeeds(priorityTargets, targets, results[2]);
    fill(serviceSelect, results[1], function (s) { return s.name; }, 'HOME_CARE');
  }).catch(function (error) {
    statusBox.textContent = WI.t('js.analyse.lists-failed', error.message);
  });
  measureSelect.addEventListener('change', showOptions);
  ['target', 'measure', 'service-type'].forEach(function (id) {
    $(id).addEventListener('change', function () { $('legend').hidden = false; });
  });
  $('an-run').addEventListener('click', run);
  showOptions();
}());
