// The fire equipment a register lists, as it exists in the plan: extinguishers, detectors,
// sprinklers, fire doors (doors with a fire rating), emergency luminaires, exit signs, hydrants and
// smoke exhaust inlets. Pure: the commands, the rules and the register all enumerate them here.
import type { Building, Floor, PlanDocument, Point } from '../types.ts';

export const FIRE_DEVICE_TYPES = ['extinguisher', 'detector', 'sprinkler', 'fireDoor', 'emergencyLight', 'exitSign', 'hydrant', 'smokeExhaust'] as const;
export type FireDeviceType = (typeof FIRE_DEVICE_TYPES)[number];

/** The element a device is: the object the plan holds (mutable in a command's draft). */
export interface FireDeviceElement {
  id: string;
  at: Point;
  lastInspected?: string;
}

export interface FireDevice {
  id: string;
  type: FireDeviceType;
  at: Point;
  /** extinguisher rating ("3A"), door fire rating ('A' | 'B' | 'C'), sign kind ('exit' | 'direction'); null when none */
  rating: string | null;
  /** the element itself */
  element: FireDeviceElement;
}

/** Every fire device of a floor, in type order, then in the plan's order. */
export function fireDevicesOf(floor: Floor): FireDevice[] {
  const out: FireDevice[] = [];
  const add = (type: FireDeviceType, element: FireDeviceElement, rating: string | null) => out.push({ id: element.id, type, at: element.at, rating, element });
  for (const x of floor.extinguishers) add('extinguisher', x, x.rating ?? null);
  for (const d of floor.detectors) add('detector', d, null);
  for (const s of floor.sprinklers) add('sprinkler', s, null);
  for (const d of floor.doors) if (d.fireRating) add('fireDoor', d, d.fireRating);
  for (const l of floor.luminaires) if (l.emergency) add('emergencyLight', l, null);
  for (const s of floor.exitSigns ?? []) add('exitSign', s, s.kind);
  for (const h of floor.hydrants ?? []) add('hydrant', h, null);
  for (const e of floor.smokeExhausts ?? []) add('smokeExhaust', e, null);
  return out;
}

export interface LocatedFireDevice {
  building: Building;
  floor: Floor;
  device: FireDevice;
}

/** Every fire device of the plan by id, with its building and floor. */
export function fireDevicesById(plan: PlanDocument): Map<string, LocatedFireDevice> {
  const found = new Map<string, LocatedFireDevice>();
  for (const building of plan.site.buildings) {
    for (const floor of building.floors) for (const device of fireDevicesOf(floor)) found.set(device.id, { building, floor, device });
  }
  return found;
}
