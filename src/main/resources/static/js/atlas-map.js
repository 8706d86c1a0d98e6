// The public map of partnerships (/map and /embed/map): offline vector boundaries, the server's clusters and points,
// lines library → partner, a choropleth per region, and the table beside the map kept in step with the view.
// Leaflet treats a string given to a tooltip or popup as HTML, so every one gets an element holding text instead.
(() => {
  'use strict';
  const COLOURS = {
    EDUCATION: '#2563eb', SOCIAL: '#db2777', HEALTH: '#dc2626', CULTURE: '#9333ea', MEDIA: '#ea580c',
    PUBLIC_BODY: '#0f766e', BUSINESS: '#ca8a04', NGO: '#16a34a', SPORTS: '#0891b2', RELIGIOUS: '#78716c',
    ABROAD: '#4f46e5', LIBRARY: '#1e3a8a', CHITALISHTE: '#7c2d12'
  };
  const SHADES = ['#f1f5f9', '#c7d2fe', '#a5b4fc', '#818cf8', '#6366f1', '#4338ca'];

  function colour(kind, type) {
    if (kind === 'LIBRARY') return COLOURS.LIBRARY;
    if (kind === 'CHITALISHTE') return COLOURS.CHITALISHTE;
    return COLOURS[type] || '#475569';
  }

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function init() {
    const box = document.getElementById('atlas-map');
    if (!box || typeof L === 'undefined') return;
    const d = box.dataset;
    const labels = JSON.parse(d.labels || '{}');
    const label = (key, fallback) => labels[key] || fallback || key;
    const target = d.target || null;
    const form = document.getElementById('atlas-filters');
    const map = L.map(box, { minZoom: 2, maxZoom: 18, worldCopyJump: true })
      .setView([42.7, 25.4], 7);
    map.attributionControl.setPrefix(false);
    if (d.tiles) {
      L.tileLayer(d.tiles, { maxZoom: 18, attribution: d.tileAttribution || '' }).addTo(map);
    }
    const base = L.layerGroup().addTo(map);
    const load = (url) => fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(r.status)));
    if (d.world) {
      load(d.world).then((g) => {
        L.geoJSON(g, { interactive: false, style: { color: '#94a3b8', weight: 0.6, fillColor: '#e2e8f0', fillOpacity: 0.6 } })
          .addTo(base).bringToBack();
      }).catch(() => {});
    }
    let oblastLayer = null;
    let municipalityLayer = null;
    if (d.oblasts) {
      load(d.oblasts).then((g) => {
        oblastLayer = L.geoJSON(g, { style: { color: '#64748b', weight: 1, fillColor: '#ffffff', fillOpacity: 0.5 } })
          .addTo(base);
        shade();
      }).catch(() => {});
    }
    const features = L.layerGroup().addTo(map);
    const status = el('div', '', 'atlas-status');
    status.setAttribute('role', 'status');
    box.appendChild(status);

    function query() {
      const params = new URLSearchParams();
      if (form) {
        new FormData(form).forEach((v, k) => { if (v !== '' && k !== 'choropleth') params.append(k, v); });
      } else {
        new URLSearchParams(d.query || '').forEach((v, k) => { if (v !== '' && k !== 'choropleth') params.append(k, v); });
      }
      return params;
    }

    function bbox() {
      const b = map.getBounds();
      const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
      return [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90), clamp(b.getEast(), -180, 180),
        clamp(b.getNorth(), -90, 90)].map((v) => v.toFixed(5)).join(',');
    }

    function link(href, text) {
      const a = el('a', text);
      a.href = href;
      if (target) { a.target = target; a.rel = 'noopener'; }
      return a;
    }

    function pointPopup(p, lines) {
      const div = el('div', null, 'atlas-popup');
      div.appendChild(el('strong', p.name));
      div.appendChild(el('div', label('type.' + p.type, p.type) + (p.settlement ? ' · ' + p.settlement : '')));
      if (p.strategic) div.appendChild(el('div', label('strategic.' + p.strategic), 'atlas-strategic'));
      if (p.approximate) div.appendChild(el('div', label('approximate'), 'atlas-approximate'));
      if (d.organisationUrl) div.appendChild(el('div')).appendChild(link(d.organisationUrl + p.id, label('openOrganisation')));
      const mine = lines.filter((l) => l.library === p.id || l.partner === p.id);
      if (mine.length) {
        div.appendChild(el('div', label('partnerships') + ':'));
        const ul = el('ul');
        mine.slice(0, 10).forEach((l) => ul.appendChild(el('li')).appendChild(link(d.partnershipUrl + l.partnership, l.title)));
        div.appendChild(ul);
      }
      return div;
    }

    let request = 0;
    function refresh() {
      const mine = ++request;
      const params = query();
      params.set('bbox', bbox());
      params.set('zoom', String(Math.round(map.getZoom())));
      status.textContent = label('loading');
      load(d.features + '?' + params).then((fc) => {
        if (mine !== request) return;
        features.clearLayers();
        const lines = fc.features.filter((f) => f.properties.line).map((f) => f.properties);
        fc.features.forEach((f) => {
          const p = f.properties;
          const c = f.geometry.coordinates;
          if (p.line) {
            L.polyline([[c[0][1], c[0][0]], [c[1][1], c[1][0]]], { color: colour('PARTNER', p.type), weight: 2, opacity: 0.7 })
              .bindPopup(() => {
                const div = el('div', null, 'atlas-popup');
                div.appendChild(el('strong', p.title));
                div.appendChild(el('div')).appendChild(link(d.partnershipUrl + p.partnership, label('openPartnership')));
                return div;
              }).addTo(features);
          } else if (p.cluster) {
            const size = Math.round(26 + Math.min(30, Math.log10(p.count) * 10));
            const icon = L.divIcon({ className: 'atlas-cluster', html: '<span>' + Number(p.count) + '</span>', iconSize: [size, size] });
            L.marker([c[1], c[0]], { icon, keyboard: true, title: p.count + ' ' + label('cluster') })
              .bindTooltip(el('span', p.count + ' ' + label('cluster') + ': ' + p.libraries + ' ' + label('libraries')
                + ', ' + p.partners + ' ' + label('partners')))
              .on('click', () => map.setView([c[1], c[0]], Math.min(map.getZoom() + 2, 18)))
              .addTo(features);
          } else {
            // an approximate point (its settlement's centre) is a hollow, dashed ring in the type's colour; an exact
            // one (imported or pinned) is filled
            const fill = colour(p.kind, p.type);
            const style = p.approximate
              ? { radius: p.kind === 'PARTNER' ? 6 : 7, color: fill, weight: 2, dashArray: '2 2', fillColor: '#ffffff',
                fillOpacity: 0.6, className: 'atlas-point atlas-point-approximate' }
              : { radius: p.kind === 'PARTNER' ? 6 : 7, color: '#ffffff', weight: 1, fillColor: fill, fillOpacity: 0.9,
                className: 'atlas-point' };
            L.circleMarker([c[1], c[0]], style)
              .bindTooltip(el('span', p.approximate ? p.name + ' · ' + label('approximate') : p.name))
              .bindPopup(() => pointPopup(p, lines)).addTo(features);
          }
        });
        status.textContent = fc.linesHidden ? label('linesHidden') : fc.truncated
          ? label('linesShown').replace('{0}', String(lines.length)).replace('{1}', String(fc.lineTotal)) : '';
        box.dataset.loaded = String(fc.features.length);
        if (!box.dataset.firstRender) box.dataset.firstRender = String(Math.round(performance.now()));
      }).catch(() => { if (mine === request) status.textContent = label('failed'); });
      table(params);
    }

    function table(params) {
      const rows = document.getElementById('atlas-rows');
      if (!rows || !d.organisations) return;
      const p = new URLSearchParams(params);
      p.delete('zoom');
      const csv = document.getElementById('atlas-csv');
      if (csv) csv.href = d.csv + '?' + p;
      p.set('limit', '200');
      load(d.organisations + '?' + p).then((t) => {
        const total = document.getElementById('atlas-total');
        if (total) total.textContent = String(t.total);
        rows.replaceChildren(...t.rows.map((r) => {
          const tr = el('tr');
          tr.appendChild(el('td', r.name));
          tr.appendChild(el('td', label('type.' + r.type, r.type)));
          tr.appendChild(el('td', r.settlement || ''));
          return tr;
        }));
      }).catch(() => {});
    }

    // choropleth: partnerships per oblast or municipality, absolute or per 10,000 inhabitants
    function shade() {
      const select = document.getElementById('f-choropleth');
      const choice = select ? select.value : '';
      if (!choice || !d.regions) {
        if (oblastLayer) oblastLayer.setStyle({ fillColor: '#ffffff', fillOpacity: 0.5 });
        if (municipalityLayer) { base.removeLayer(municipalityLayer); }
        return;
      }
      const [level, measure] = choice.split(':');
      const params = query();
      params.set('level', level);
      Promise.all([load(d.regions + '?' + params),
        level === 'municipality' ? municipalities() : Promise.resolve(oblastLayer)]).then(([data, layer]) => {
        if (!layer) return;
        const byCode = {};
        data.regions.forEach((r) => { byCode[r.code] = r; });
        const max = Math.max(0.0001, ...data.regions.map((r) => r[measure] || 0));
        const codeOf = (f) => f.properties.PROVINCE_CODE || f.properties.LAU_CODE || f.properties.code;
        if (level === 'municipality') { base.addLayer(layer); } else if (municipalityLayer) { base.removeLayer(municipalityLayer); }
        layer.eachLayer((l) => {
          const r = byCode[codeOf(l.feature)];
          const v = r ? r[measure] || 0 : 0;
          const step = v === 0 ? 0 : Math.min(SHADES.length - 1, 1 + Math.floor((v / max) * (SHADES.length - 2)));
          l.setStyle({ fillColor: SHADES[step], fillOpacity: 0.75 });
          const name = r ? r.name : (l.feature.properties.NAME_BG || '');
          l.bindTooltip(el('span', name + ': ' + (r ? r.count : 0) + ' · '
            + (r && r.perTenThousand != null ? r.perTenThousand : '–') + ' ' + label('perTenThousand')));
        });
      }).catch(() => {});
    }

    function municipalities() {
      if (municipalityLayer) return Promise.resolve(municipalityLayer);
      return load(d.municipalities).then((g) => {
        municipalityLayer = L.geoJSON(g, { style: { color: '#94a3b8', weight: 0.5, fillColor: '#ffffff', fillOpacity: 0.5 } });
        return municipalityLayer;
      });
    }

    // The event layer (a toggle beside the map): public upcoming events in person, from the event module's own
    // endpoint (data-events); markers at their settlements, a popup with date, title, kind and a link.
    const eventsToggle = document.getElementById('atlas-events');
    const eventLayer = L.layerGroup();
    let eventRequest = 0;
    function events() {
      const mine = ++eventRequest;
      if (!d.events || !eventsToggle || !eventsToggle.checked) {
        map.removeLayer(eventLayer);
        return;
      }
      eventLayer.addTo(map);
      load(d.events + '?bbox=' + bbox()).then((fc) => {
        if (mine !== eventRequest) return;
        eventLayer.clearLayers();
        fc.features.forEach((f) => {
          const p = f.properties;
          const c = f.geometry.coordinates;
          const icon = L.divIcon({ className: 'atlas-event', html: '<span aria-hidden="true">◆</span>', iconSize: [22, 22] });
          const div = el('div', null, 'atlas-popup atlas-event-popup');
          div.appendChild(el('div', p.date, 'atlas-event-date'));
          div.appendChild(el('strong', p.title));
          div.appendChild(el('div', p.kindLabel + (p.settlement ? ' · ' + p.settlement : '')));
          div.appendChild(el('div')).appendChild(link(p.url, label('openEvent')));
          L.marker([c[1], c[0]], { icon, keyboard: true, title: p.date + ' · ' + p.title, zIndexOffset: 1000 })
            .bindPopup(div).addTo(eventLayer);
        });
        const count = document.getElementById('atlas-events-count');
        if (count) count.textContent = label('eventsShown').replace('{0}', String(fc.features.length));
      }).catch(() => { status.textContent = label('failed'); });
    }
    if (eventsToggle) eventsToggle.addEventListener('change', events);

    let timer = null;
    map.on('moveend', () => { clearTimeout(timer); timer = setTimeout(() => { refresh(); events(); }, 150); });
    if (form) {
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        const params = query();
        const choice = document.getElementById('f-choropleth');
        if (choice && choice.value) params.set('choropleth', choice.value);
        history.replaceState(null, '', form.action + (params.toString() ? '?' + params : ''));
        refresh();
        shade();
      });
      const select = document.getElementById('f-choropleth');
      if (select) {
        const initial = new URLSearchParams(d.query || '').get('choropleth');
        if (initial) select.value = initial;
        select.addEventListener('change', shade);
      }
    }
    refresh();
    events();
  }

  document.addEventListener('DOMContentLoaded', init);
})();
