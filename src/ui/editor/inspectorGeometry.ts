// Where a door or a window sits along its line, as the inspector shows it (a distance from the
// line's start), and the points that a typed distance stands for. Pure, tested in Node.
import { outlineEdgeHolding } from '../../floorplan/commands/checks.ts';
import { offsetAlongWall, pointAlongWall } from '../../floorplan/commands/setWallEnds.ts';
import { distance } from '../../floorplan/geometry/polygon.ts';
import type { Door, Floor, Point, WindowPane } from '../../floorplan/types.ts';

export interface Segment {
  a: Point;
  b: Point;
}

export interface DoorPlacement {
  /** the wall or outline edge the door sits on, from its start */
  line: Segment;
  /** id of the wall; null on the outline */
  wallId: string | null;
  /** distance of the door's centre from the line's start */
  offset: number;
  length: number;
}

function outlineEdge(floor: Floor, index: number): Segment {
  return { a: floor.outline[index]!, b: floor.outline[(index + 1) % floor.outline.length]! };
}

/** The line a door sits on and how far along it; null when it sits on neither a wall nor the outline. */
export function doorPlacement(floor: Floor, door: Door): DoorPlacement | null {
  let line: Segment | null = null;
  if (door.wall !== undefined) {
    const wall = floor.walls.find((w) => w.id === door.wall);
    if (wall) line = { a: wall.a, b: wall.b };
  } else {
    const edge = outlineEdgeHolding(floor, door.at, door.at);
    if (edge >= 0) line = outlineEdge(floor, edge);
  }
  if (!line) return null;
  return { line, wallId: door.wall ?? null, offset: offsetAlongWall(line, door.at), length: distance(line.a, line.b) };
}

/** The door's centre `offset` metres along its line. */
export function doorPointAt(placement: DoorPlacement, offset: number): Point {
  return pointAlongWall(placement.line, offset);
}

export interface WindowPlacement {
  /** the outline edge holding the window, from its start */
  edge: Segment;
  edgeLength: number;
  /** distance of the window's nearer end from the edge's start */
  start: number;
  width: number;
  /** whether `a` is the nearer end (kept when the window moves, so a stays a) */
  aIsStart: boolean;
}

export function windowPlacement(floor: Floor, pane: WindowPane): WindowPlacement | null {
  const index = outlineEdgeHolding(floor, pane.a, pane.b);
  if (index < 0) return null;
  const edge = outlineEdge(floor, index);
  const offA = offsetAlongWall(edge, pane.a);
  const offB = offsetAlongWall(edge, pane.b);
  return { edge, edgeLength: distance(edge.a, edge.b), start: Math.min(offA, offB), width: Math.abs(offB - offA), aIsStart: offA <= offB };
}

/** The window's ends for a start distance and a width along its edge. */
export function windowEndsAt(placement: WindowPlacement, start: number, width: number): { a: Point; b: Point } {
  const first = pointAlongWall(placement.edge, start);
  const second = pointAlongWall(placement.edge, start + width);
  return placement.aIsStart ? { a: first, b: second } : { a: second, b: first };
}
