// What of the other people present is drawn on the open floor (issue 19): their pointers and the
// outlines of what they have selected, in their colour. Pure: peers + the open floor in, plain
// points and rings out, so the choice is tested without a scene.
import type { Peer } from '../../editor/collab/collabState.ts';
import { elementsWithIds } from '../../floorplan/commands/floorElements.ts';
import { deskFootprint, wallFootprint } from '../../floorplan/geometry/elements.ts';
import { orientedRectangle } from '../../floorplan/geometry/polygon.ts';
import type { Floor, FloorCollection, FloorElement, Point, Wall, WindowPane, Workstation } from '../../floorplan/types.ts';

/** Radius (m) of a device's or sign's outline: the size it is picked by (editor/tools/pickIndex.ts). */
const DEVICE_RADIUS = 0.25;
/** Depth (m) of a window's outline across its line: the width it is picked by. */
const WINDOW_DEPTH = 0.2;
/** Corners of the ring drawn round a point element. */
const RING_CORNERS = 12;

export interface RemotePointer {
  clientId: number;
  name: string;
  color: string;
  at: Point;
}

export interface RemoteOutline {
  clientId: number;
  color: string;
  /** closed rings (the last corner joins the first), one per selected element found on the floor */
  rings: Point[][];
}

/** The peers with the floor `floorId` open; none when no floor is open here. */
export function peersOnFloor(peers: readonly Peer[], floorId: string | null): Peer[] {
  if (floorId === null) return [];
  return peers.filter((peer) => peer.floorId === floorId);
}

/** Pointers of the peers on the open floor that are on the drawing (a pointer off it, or not a finite point, is not drawn). */
export function remotePointers(peers: readonly Peer[], floorId: string | null): RemotePointer[] {
  const pointers: RemotePointer[] = [];
  for (const peer of peersOnFloor(peers, floorId)) {
    const p = peer.pointer;
    if (!p || !Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    pointers.push({ clientId: peer.clientId, name: peer.name, color: peer.color, at: [p.x, p.y] });
  }
  return pointers;
}

/** Two pointer lists that draw the same (so an awareness update that moved nobody here costs no frame). */
export function samePointers(a: readonly RemotePointer[], b: readonly RemotePointer[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((p, i) => {
    const q = b[i]!;
    return p.clientId === q.clientId && p.name === q.name && p.color === q.color && p.at[0] === q.at[0] && p.at[1] === q.at[1];
  });
}

/**
 * What the outlines depend on, as one string: who on the open floor selected what, in which
 * colour. A pointer moving changes peers but not this key, so outlines are not rebuilt for it.
 */
export function selectionKey(peers: readonly Peer[], floorId: string | null): string {
  return peersOnFloor(peers, floorId)
    .filter((peer) => peer.selection.length > 0)
    .map((peer) => `${peer.clientId}\u0001${peer.color}\u0001${peer.selection.join('\u0002')}`)
    .join('\u0003');
}

function ringAround(at: Point, radius: number): Point[] {
  const ring: Point[] = [];
  for (let i = 0; i < RING_CORNERS; i++) {
    const a = (i / RING_CORNERS) * 2 * Math.PI;
    ring.push([at[0] + radius * Math.cos(a), at[1] + radius * Math.sin(a)]);
  }
  return ring;
}

function windowRing(pane: WindowPane): Point[] {
  const length = Math.hypot(pane.b[0] - pane.a[0], pane.b[1] - pane.a[1]);
  const angle = (Math.atan2(pane.b[1] - pane.a[1], pane.b[0] - pane.a[0]) * 180) / Math.PI;
  return orientedRectangle([(pane.a[0] + pane.b[0]) / 2, (pane.a[1] + pane.b[1]) / 2], length, WINDOW_DEPTH, angle);
}

/** The ring round one element, the shape it is drawn and picked by. */
export function elementOutline(collection: FloorCollection, element: FloorElement): Point[] {
  switch (collection) {
    case 'walls':
      return wallFootprint(element as Wall);
    case 'windows':
      return windowRing(element as WindowPane);
    case 'workstations':
      return deskFootprint(element as Workstation);
    case 'doors':
    case 'exits':
      return ringAround((element as { at: Point }).at, (element as { width: number }).width / 2);
    default:
      if ('polygon' in element) return element.polygon;
      return ringAround((element as { at: Point }).at, DEVICE_RADIUS);
  }
}

/** The outlines of what the peers on this floor have selected: ids not on the floor (yet) are skipped. */
export function remoteOutlines(floor: Floor, peers: readonly Peer[]): RemoteOutline[] {
  const chosen = peersOnFloor(peers, floor.id).filter((peer) => peer.selection.length > 0);
  if (chosen.length === 0) return [];
  // one walk over the floor for everyone's selection together
  const found = elementsWithIds(floor, new Set(chosen.flatMap((peer) => peer.selection)));
  const outlines: RemoteOutline[] = [];
  for (const peer of chosen) {
    const rings: Point[][] = [];
    for (const id of peer.selection) {
      const located = found.get(id);
      if (located) rings.push(elementOutline(located.collection, located.element));
    }
    if (rings.length > 0) outlines.push({ clientId: peer.clientId, color: peer.color, rings });
  }
  return outlines;
}

/** A ring's edges as segment end points [a0, b0, a1, b1, …], for one line-segments draw per peer. */
export function ringSegments(rings: readonly Point[][]): Point[] {
  const out: Point[] = [];
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) out.push(ring[i]!, ring[(i + 1) % ring.length]!);
  }
  return out;
}
