// Which walk the escape-route overlay draws: the longest walk a travel-distance finding of the
// floor states (its worst point, to the door or exit that point reached), so the line drawn and
// the number in the rule panel are one measurement. Pure: findings and the floor in, a start
// point and a target out.
import type { Floor, Point } from '../../floorplan/types.ts';
import type { NavTarget } from '../../rules/walking/navigation.ts';
import type { Finding } from '../../rules/types.ts';

export const TRAVEL_RULE = 'fire.travel-distance';

export interface RouteFinding {
  finding: Finding;
  /** the finding's worst point, where the walk starts */
  from: Point;
  /** the door or exit that walk reached */
  target: NavTarget;
  /** the finding's measured walk (m) */
  length: number;
}

/** The door or exit of the floor with this id, as a walking target. */
function targetOf(floor: Floor, id: string): NavTarget | null {
  const exit = floor.exits.find((e) => e.id === id);
  if (exit) return { id, at: exit.at, width: exit.width };
  const door = floor.doors.find((d) => d.id === id);
  return door ? { id, at: door.at, width: door.width } : null;
}

/**
 * The travel-distance finding with the longest finite walk from a point of the floor (the
 * per-zone findings; a door's finding measures from the door, not from where people sit), or null.
 */
export function longestRouteFinding(floor: Floor, findings: readonly Finding[]): RouteFinding | null {
  let best: RouteFinding | null = null;
  for (const finding of findings) {
    if (finding.ruleId !== TRAVEL_RULE || finding.where.floorId !== floor.id) continue;
    // zone findings name the zone; door findings name the door
    if (!('zone' in finding.messageParams)) continue;
    const length = finding.measured.value;
    const from = finding.where.point;
    const targetId = finding.messageParams['target'];
    if (typeof length !== 'number' || !Number.isFinite(length) || !from || typeof targetId !== 'string') continue;
    const target = targetOf(floor, targetId);
    if (!target) continue;
    if (!best || length > best.length) best = { finding, from, target, length };
  }
  return best;
}
