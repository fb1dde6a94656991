// Measures of the Analyse panel: "centres larger or smaller than their demand", the service type's centres as points
// coloured by their load ratio (people per place in the catchment over the city's, /api/analytics/centre-load), and
// "where to reach a target group", the k locations reaching most of its people on foot (/api/analytics/outreach).
// Sentences come from the page (the data- attributes of #wi-text-which); text from the data is inserted as text, never as HTML.
(function () {
  'use strict';

  const analysis = window.wiAnalysis;
  const textBox = document.getElementById('wi-text-which');
  const T = textBox ? textBox.dataset : null;
  if (!analysis || !analysis.measures || !T) {
    return;
  }
  const lang = document.documentElement.lang || 'it';
  const decimals = new Intl.NumberFormat(lang, {maximumFractionDigits: 2});
  const whole = new Intl.NumberFormat(lang, {maximumFractionDigits: 0});

  function fill(pattern, values) {
    return pattern.replace(/\{(\d)\}/g, function (m, i) { return values[Number(i)]; });
  }

  function show(value, format) {
    return value == null ? '–' : format.format(value);
  }

  // classes by the load ratio r, with the tolerance t of "in line"
  function classes(t) {
    return [
      {colour: '#2166ac', label: T.muchLarger, test: function (r) { return r < 0.5; }},
      {colour: '#67a9cf', label: T.larger, test: function (r) { return r < 1 - t; }},
      {colour: '#cccccc', label: T.inLine, test: function (r) { return r <= 1 + t; }},
      {colour: '#ef8a62', label: T.smaller, test: function (r) { return r < 2; }},
      {colour: '#b2182b', label: T.muchSmaller, test: function () { return true; }}
    ];
  }

  function colourOf(ratio, scale) {
    return ratio == null ? '#ffffff' : scale.find(function (c) { return c.test(ratio); }).colour;
  }

  analysis.measures['centre-load'] = function (tools) {
    const parameters = tools.common();
    delete parameters.target;
    parameters.format = 'geojson';
    return tools.getJson('/api/analytics/centre-load?' + tools.query(parameters)).then(function (layer) {
      const scale = classes(layer.tolerance);
      tools.fadeSections();
      analysis.areas = L.geoJSON(layer, {
        pointToLayer: function (feature, latlng) {
          return L.circleMarker(latlng, {radius: 7, color: '#333333', weight: 1, fillOpacity: 0.9,
            fillColor: colourOf(feature.properties.loadRatio, scale)});
        }
      }).bindPopup(function (marker) {
        const p = marker.feature.properties;
        const box = document.createElement('div');
        box.appendChild(tools.text('strong', p.name));
        box.appendChild(tools.text('div', show(p.places, whole) + ' ' + T.places + ', '
          + show(p.people, whole) + ' ' + T.people));
        box.appendChild(tools.text('div', show(p.peoplePerPlace, decimals) + ' ' + T.perPlace + ', ×'
          + show(p.loadRatio, decimals) + ' ' + T.ratio));
        return box;
      }).addTo(window.wiMap.map);
      analysis.coloured = layer.features.length;
      tools.legend.appendChild(tools.text('div', T.loadLegend, 'legend-title'));
      scale.forEach(function (c) { tools.legendRow(c.colour, c.label); });
      tools.legendRow('#ffffff', T.noRatio);
      const ratios = layer.features.map(function (f) { return f.properties.loadRatio; });
      const smaller = ratios.filter(function (r) { return r != null && r > 1 + layer.tolerance; }).length;
      const larger = ratios.filter(function (r) { return r != null && r < 1 - layer.tolerance; }).length;
      tools.status.textContent = fill(T.loadStatus, [whole.format(smaller), whole.format(larger),
        show(layer.cityPeoplePerPlace, decimals)]);
      tools.showRanking(layer.features.slice(0, 10).filter(function (f) {
        return f.properties.loadRatio != null;
      }).map(function (f) {
        const p = f.properties;
        return {title: p.name + ' — ×' + decimals.format(p.loadRatio),
          why: fill(T.rankingWhy, [show(p.peoplePerPlace, decimals), show(layer.cityPeoplePerPlace, decimals)])};
      }));
    });
  };
  const outreachOptions = document.getElementById('an-outreach-options');
  const measure = document.getElementById('an-measure');
  if (outreachOptions && measure) {
    measure.addEventListener('change', function () { outreachOptions.hidden = measure.value !== 'outreach'; });
  }

  analysis.measures.outreach = function (tools) {
    const common = tools.common();
    const parameters = {target: common.target, radius: common.cutoff,
      k: document.getElementById('an-outreach-k').value, places: document.getElementById('an-outreach-places').value};
    return tools.getJson('/api/analytics/outreach?' + tools.query(parameters)).then(function (answer) {
      tools.fadeSections();
      analysis.areas = L.featureGroup(answer.locations.map(function (l) {
        return L.circle([l.lat, l.lon], {radius: answer.radiusMetres, color: '#54278f', weight: 2,
          fillColor: '#9e9ac8', fillOpacity: 0.35}).bindPopup(function () {
          const box = document.createElement('div');
          box.appendChild(tools.text('strong', '#' + l.rank + ' ' + (l.name || l.code)));
          box.appendChild(tools.text('div', fill(T.outreachWithin, [show(l.peopleWithinRadius, whole)])));
          box.appendChild(tools.text('div', fill(T.outreachAdds, [show(l.addedPeople, whole)])));
          return box;
        });
      })).addTo(window.wiMap.map);
      analysis.coloured = answer.locations.length;
      tools.legend.appendChild(tools.text('div', fill(T.outreachLegend, [whole.format(answer.radiusMetres)]),
        'legend-title'));
      tools.legendRow('#9e9ac8', T.outreachArea);
      tools.status.textContent = fill(T.outreachStatus, [show(answer.reachedPeople, whole),
        show(answer.targetPeople, whole), answer.shareReached == null ? '–' : whole.format(100 * answer.shareReached)]);
      tools.showRanking(answer.locations.map(function (l) {
        return {title: '#' + l.rank + ' ' + (l.name || l.code) + ' (' + l.code + ')',
          why: fill(T.outreachAdds, [show(l.addedPeople, whole)])};
      }));
    });
  };
}());
