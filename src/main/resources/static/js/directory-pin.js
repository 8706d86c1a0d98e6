// The pin on an organisation's edit form: click the map or drag the point to fill the latitude and longitude fields,
// type in the fields to move the point. The fields are the form: without this script (or a mouse) they work alone.
document.addEventListener('DOMContentLoaded', () => {
  const box = document.getElementById('pin-map');
  const latField = document.getElementById('lat');
  const lonField = document.getElementById('lon');
  if (!box || !latField || !lonField || typeof L === 'undefined') return;
  const comma = (document.documentElement.lang || 'bg') === 'bg';
  const parse = (text) => {
    const t = String(text || '').trim().replace(/°$/, '').replace(',', '.');
    return /^[+-]?\d{1,3}(\.\d+)?$/.test(t) ? parseFloat(t) : NaN;
  };
  const format = (value) => {
    const t = String(Math.round(value * 1e6) / 1e6);
    return comma ? t.replace('.', ',') : t;
  };
  const lat = parse(latField.value);
  const lon = parse(lonField.value);
  const has = !Number.isNaN(lat) && !Number.isNaN(lon);
  const start = has ? [lat, lon] : [parseFloat(box.dataset.centreLat), parseFloat(box.dataset.centreLon)];
  const map = L.map(box, { attributionControl: false, keyboard: true }).setView(start, has ? 14 : 11);
  fetch(box.dataset.boundaries)
    .then((r) => (r.ok ? r.json() : null))
    .then((geo) => {
      if (geo) L.geoJSON(geo, { interactive: false, style: { color: '#64748b', weight: 1, fillOpacity: 0.05 } }).addTo(map);
    })
    .catch(() => {});
  let marker = null;
  const place = (point, fill) => {
    if (!marker) {
      const icon = L.divIcon({ className: 'directory-pin', iconSize: [18, 18] }); // no image files needed offline
      marker = L.marker(point, { icon, draggable: true, keyboard: false }).addTo(map);
      marker.on('dragend', () => {
        const p = marker.getLatLng();
        latField.value = format(p.lat);
        lonField.value = format(p.lng);
      });
    } else {
      marker.setLatLng(point);
    }
    if (fill) {
      latField.value = format(point[0]);
      lonField.value = format(point[1]);
    }
  };
  if (has) place([lat, lon], false);
  map.on('click', (e) => place([e.latlng.lat, e.latlng.lng], true));
  const typed = () => {
    const a = parse(latField.value);
    const b = parse(lonField.value);
    if (!Number.isNaN(a) && !Number.isNaN(b) && Math.abs(a) <= 90 && Math.abs(b) <= 180) {
      place([a, b], false);
      map.panTo([a, b]);
    }
  };
  latField.addEventListener('change', typed);
  lonField.addEventListener('change', typed);
});
