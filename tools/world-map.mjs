// Converts world-atlas's countries-110m.json (TopoJSON of Natural Earth 1:110m Admin 0 countries) into the
// projects module's map file: one line per country, "<ISO numeric id>\t<minX> <minY> <maxX> <maxY>\t<SVG path>",
// in an equirectangular projection of 2 units per degree (x = 2 (lon + 180), y = 2 (90 - lat)), rounded to 0.1.
// Run: node tools/world-map.mjs node_modules/world-atlas/countries-110m.json > src/main/resources/projects/map/countries-110m.tsv
import { readFileSync } from 'node:fs';

const topology = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const [sx, sy] = topology.transform.scale;
const [tx, ty] = topology.transform.translate;
const arcs = topology.arcs.map(arc => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
});
const arcPoints = index => index >= 0 ? arcs[index] : arcs[~index].slice().reverse();
const ring = indexes => indexes.flatMap((index, i) => (i === 0 ? arcPoints(index) : arcPoints(index).slice(1)));
const project = ([lon, lat]) => [Math.round((lon + 180) * 20) / 10, Math.round((90 - lat) * 20) / 10];

// a ring that crosses the antimeridian (Chukotka, Fiji) is kept in one piece past the map's edge, where the view
// box cuts it, instead of a line drawn across the whole world
const unwrap = points => {
  let shift = 0;
  const out = points.map((p, i) => {
    if (i > 0) {
      const jump = p[0] + shift - (points[i - 1][0] + shift);
      if (jump > 360) shift -= 720; else if (jump < -360) shift += 720;
    }
    return [Math.round((p[0] + shift) * 10) / 10, p[1]];
  });
  const mean = out.reduce((sum, p) => sum + p[0], 0) / out.length;
  return mean < 0 ? out.map(([x, y]) => [x + 720, y]) : mean > 720 ? out.map(([x, y]) => [x - 720, y]) : out;
};

for (const geometry of topology.objects.countries.geometries) {
  // Antarctica circles the pole, which an equirectangular map cannot close; no ANSO project maps it
  if (!geometry.id || !geometry.arcs || geometry.id === '010') continue;
  const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
  const d = [], boxes = [];
  const rings = polygons.flatMap(polygon => polygon.map(indexes =>
    unwrap(ring(indexes).map(project)).filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1])))
    .filter(points => points.length >= 3);
  // an island on the far side of the antimeridian from its country's body (Wrangel Island) is moved beside it
  const meanX = points => points.reduce((sum, p) => sum + p[0], 0) / points.length;
  const body = meanX(rings.reduce((a, b) => (b.length > a.length ? b : a), rings[0] || [[0, 0]]));
  for (const points of rings) {
    const shift = body - meanX(points) > 360 ? 720 : meanX(points) - body > 360 ? -720 : 0;
    if (shift) points.forEach(p => { p[0] = Math.round((p[0] + shift) * 10) / 10; });
  }
  for (const points of rings) {
    {
      const xs = points.map(p => p[0]), ys = points.map(p => p[1]);
      boxes.push([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);
      d.push('M' + points.map(([x, y]) => x + ' ' + y).join('L') + 'Z');
    }
  }
  if (!d.length) continue;
  // the box the map zooms to leaves out slivers far smaller than the country's largest part (Chukotka across the
  // antimeridian), which would otherwise stretch Russia's box over the whole world
  const size = b => (b[2] - b[0]) * (b[3] - b[1]);
  const largest = Math.max(...boxes.map(size));
  const kept = boxes.filter(b => size(b) >= largest * 0.05);
  const box = [Math.min(...kept.map(b => b[0])), Math.min(...kept.map(b => b[1])), Math.max(...kept.map(b => b[2])), Math.max(...kept.map(b => b[3]))];
  console.log([geometry.id, box.join(' '), d.join('')].join('\t'));
}
