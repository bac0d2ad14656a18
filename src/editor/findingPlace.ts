// Where a finding is on its floor: its own point, or the places of the elements it names. The
// rule panel frames this box when a finding is clicked; the markers stand at the anchor.
import { elementsWithIds } from '../floorplan/commands/floorElements.ts';
import { bounds } from '../floorplan/geometry/polygon.ts';
import type { Floor, FloorElement, Point } from '../floorplan/types.ts';
import type { Finding } from '../rules/types.ts';

export interface PlanBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function elementPoints(element: FloorElement): Point[] {
  if ('polygon' in element) return element.polygon;
  if ('a' in element) return [element.a, element.b];
  if ('at' in element) return [element.at];
  return [];
}

/** The finding's point, else every defining point of its elements on this floor. */
export function findingPoints(floor: Floor, finding: Pick<Finding, 'where'>): Point[] {
  const points: Point[] = finding.where.point ? [finding.where.point] : [];
  if (finding.where.elementIds.length === 0) return points;
  for (const { element } of elementsWithIds(floor, new Set(finding.where.elementIds)).values()) points.push(...elementPoints(element));
  return points;
}

/** Where a marker stands: the finding's point, else the centre of its elements' box; null if it names nothing here. */
export function findingAnchor(floor: Floor, finding: Pick<Finding, 'where'>): Point | null {
  if (finding.where.point) return finding.where.point;
  const points = findingPoints(floor, finding);
  if (points.length === 0) return null;
  if (points.length === 1) return points[0]!;
  const b = bounds(points);
  return [(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2];
}

/** The box to frame: the finding's points grown to at least `minSize` m a side; the floor when it names nothing. */
export function findingBox(floor: Floor, finding: Pick<Finding, 'where'>, minSize = 12): PlanBox {
  const points = findingPoints(floor, finding);
  const fallback: Point[] = floor.outline.length > 0 ? floor.outline : [[0, 0]];
  const b = bounds(points.length > 0 ? points : fallback);
  const grow = (lo: number, hi: number): [number, number] => {
    const size = Math.max(hi - lo, minSize);
    const mid = (lo + hi) / 2;
    return [mid - size / 2, mid + size / 2];
  };
  const [minX, maxX] = grow(b.minX, b.maxX);
  const [minY, maxY] = grow(b.minY, b.maxY);
  return { minX, minY, maxX, maxY };
}
