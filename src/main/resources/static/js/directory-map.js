// The small map on an organisation's page: its point over the oblast boundaries (no external tiles).
document.addEventListener('DOMContentLoaded', () => {
  const box = document.getElementById('org-map');
  if (!box || typeof L === 'undefined') return;
  const lat = parseFloat(box.dataset.lat);
  const lon = parseFloat(box.dataset.lon);
  if (Number.isNaN(lat) || Number.isNaN(lon)) return;
  const map = L.map(box, { attributionControl: false }).setView([lat, lon], 9);
  fetch(box.dataset.boundaries)
    .then((r) => (r.ok ? r.json() : null))
    .then((geo) => {
      if (geo) L.geoJSON(geo, { style: { color: '#64748b', weight: 1, fillOpacity: 0.05 } }).addTo(map);
    })
    .catch(() => {});
  const name = document.createElement('span'); // text, never HTML: Leaflet renders a string tooltip as markup
  name.textContent = box.dataset.name || '';
  // an approximate point (the settlement's centre) is drawn hollow and dashed, as on the atlas
  const approximate = box.dataset.approximate === 'true';
  L.circleMarker([lat, lon], approximate
    ? { radius: 8, color: '#1d4ed8', weight: 2, dashArray: '3 3', fillOpacity: 0.1 }
    : { radius: 8, color: '#1d4ed8', fillOpacity: 0.8 })
    .addTo(map).bindTooltip(name);
});
