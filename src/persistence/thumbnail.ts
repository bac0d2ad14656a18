// A small SVG picture of the site (boundary, green, building footprints) for the project list.
// A few hundred bytes: cheap to store with every save.
import { bounds as boundsOf } from '../floorplan/geometry/polygon.ts';
import type { PlanDocument, Polygon } from '../floorplan/types.ts';

const SIZE = 96;

function pathOf(polygon: Polygon, toX: (x: number) => number, toY: (y: number) => number): string {
  return polygon.map(([x, y], i) => `${i ? 'L' : 'M'}${toX(x).toFixed(1)} ${toY(y).toFixed(1)}`).join('') + 'Z';
}

export function planThumbnail(plan: PlanDocument): string {
  const site = plan.site;
  const outline = site.boundary.length >= 3 ? site.boundary : site.buildings.flatMap((b) => b.footprint);
  if (outline.length < 3) return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}"/>`;
  const bounds = boundsOf(outline);
  const span = Math.max(bounds.maxX - bounds.minX, bounds.maxY - bounds.minY) || 1;
  const scale = (SIZE - 8) / span;
  // Plan y points north, SVG y points down.
  const toX = (x: number) => 4 + (x - bounds.minX) * scale;
  const toY = (y: number) => SIZE - 4 - (y - bounds.minY) * scale;
  const parts = [
    site.boundary.length >= 3 ? `<path d="${pathOf(site.boundary, toX, toY)}" fill="#f4f6f8" stroke="#c0392b" stroke-dasharray="3 2"/>` : '',
    ...site.green.filter((g) => g.length >= 3).map((g) => `<path d="${pathOf(g, toX, toY)}" fill="#cde8c4"/>`),
    ...site.buildings.filter((b) => b.footprint.length >= 3).map((b) => `<path d="${pathOf(b.footprint, toX, toY)}" fill="#5b7083"/>`),
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}">${parts.join('')}</svg>`;
}
