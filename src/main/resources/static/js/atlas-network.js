// The partnership network (/network): Cytoscape.js over /api/v1/atlas/network, node size by degree. Labels are
// drawn on a canvas as text, so an organisation name is never read as HTML here.
document.addEventListener('DOMContentLoaded', () => {
  const box = document.getElementById('network-graph');
  if (!box || typeof cytoscape === 'undefined') return;
  const COLOURS = { LIBRARY: '#1e3a8a', CHITALISHTE: '#7c2d12', PARTNER: '#16a34a' };
  fetch(box.dataset.network, { headers: { Accept: 'application/json' } })
    .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
    .then((g) => {
      const maxDegree = Math.max(1, ...g.nodes.map((n) => n.degree));
      const elements = g.nodes.map((n) => ({ data: { id: 'n' + n.id, org: n.id, label: n.label, kind: n.kind,
        size: 12 + 38 * (n.degree / maxDegree), colour: COLOURS[n.kind] || '#475569' } }))
        .concat(g.edges.map((e, i) => ({ data: { id: 'e' + i, source: 'n' + e.source, target: 'n' + e.target,
          width: Math.min(8, e.partnerships) } })));
      const cy = cytoscape({
        container: box,
        elements,
        style: [
          { selector: 'node', style: { 'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)',
            label: 'data(label)', 'font-size': 8, 'text-wrap': 'ellipsis', 'text-max-width': 120 } },
          { selector: 'edge', style: { width: 'data(width)', 'line-color': '#94a3b8' } }
        ],
        layout: { name: g.nodes.length > 300 ? 'grid' : 'cose', animate: false }
      });
      cy.on('tap', 'node', (e) => { window.location.href = box.dataset.organisationUrl + e.target.data('org'); });
      box.dataset.loaded = String(g.nodes.length);
    })
    .catch(() => {});
});
