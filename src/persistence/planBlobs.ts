// A plan split into content-addressed JSON blobs: the skeleton (the document with each
// building's `floors` replaced by the hashes of its floors) and one blob per floor. Equal floors
// give equal hashes, so unchanged floors are never written again.
import { migrate } from '../floorplan/format/migrations.ts';
import type { Building, Floor, PlanDocument } from '../floorplan/types.ts';
import { drawingHashesOf } from '../floorplan/underlay/drawingContent.ts';

export interface PlanBlob {
  hash: string;
  json: string;
}

export interface EncodedPlan {
  skeleton: PlanBlob;
  /** in building order, then floor order */
  floors: PlanBlob[];
  seatCount: number;
  /** the drawings its underlays refer to (stored apart, by hash) */
  drawingHashes: string[];
}

/** A building as stored in the skeleton: its floors are hashes. */
type SkeletonBuilding = Omit<Building, 'floors'> & { floors: string[] };

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

async function blobOf(value: unknown): Promise<PlanBlob> {
  const json = JSON.stringify(value);
  return { hash: await sha256Hex(json), json };
}

// The editor's plans are frozen (immer) and share unchanged floors between edits, so a frozen
// floor's blob is remembered: an autosave after one edit stringifies and hashes one floor.
const frozenFloorBlobs = new WeakMap<object, Promise<PlanBlob>>();

function floorBlob(floor: Floor): Promise<PlanBlob> {
  if (!Object.isFrozen(floor)) return blobOf(floor);
  let blob = frozenFloorBlobs.get(floor);
  if (!blob) {
    blob = blobOf(floor);
    frozenFloorBlobs.set(floor, blob);
  }
  return blob;
}

export function planSeatCount(plan: PlanDocument): number {
  let seats = 0;
  for (const building of plan.site.buildings) for (const floor of building.floors) seats += floor.workstations.length;
  return seats;
}

export async function encodePlan(plan: PlanDocument): Promise<EncodedPlan> {
  const floors = await Promise.all(plan.site.buildings.flatMap((b) => b.floors.map(floorBlob)));
  let next = 0;
  // Spreading keeps every key (unknown fields too) in its original order.
  const buildings: SkeletonBuilding[] = plan.site.buildings.map((b) => ({ ...b, floors: b.floors.map(() => floors[next++]!.hash) }));
  const skeleton = await blobOf({ ...plan, site: { ...plan.site, buildings } });
  return { skeleton, floors, seatCount: planSeatCount(plan), drawingHashes: drawingHashesOf(plan) };
}

/** Reassembles a plan in the current format; throws if a floor blob is missing (the store is damaged). */
export function decodePlan(skeletonJson: string, floorJson: ReadonlyMap<string, string>): PlanDocument {
  const skeleton = JSON.parse(skeletonJson) as Omit<PlanDocument, 'site'> & { site: Omit<PlanDocument['site'], 'buildings'> & { buildings: SkeletonBuilding[] } };
  for (const building of skeleton.site.buildings) {
    const floors = building.floors.map((hash): Floor => {
      const json = floorJson.get(hash);
      if (json === undefined) throw new Error(`floor blob ${hash} is missing`);
      return JSON.parse(json) as Floor;
    });
    (building as unknown as Building).floors = floors;
  }
  // a revision saved by an older version of the app holds an older format: bring it up to date
  const migrated = migrate(skeleton as unknown as Record<string, unknown>);
  return (migrated.ok ? migrated.doc : skeleton) as unknown as PlanDocument;
}
