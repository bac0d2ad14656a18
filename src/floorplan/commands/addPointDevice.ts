// Add one point device: a fresh-air terminal, an extinguisher, a smoke detector, a sprinkler, a
// smoke exhaust inlet, a hydrant, an exit sign or an evacuation plan's "you are here" mark.
import { pointInPolygon } from '../geometry/polygon.ts';
import { SIGN_KINDS, type AirTerminal, type EvacuationMark, type ExitSign, type Extinguisher, type PointDevice } from '../types.ts';
import { isFiniteNumber, isIsoDate, isPoint, refuseUsedIds } from './checks.ts';
import { refuse, type Command } from './command.ts';
import { floorById } from './floorElements.ts';
import { offFloorReason } from './staysOnFloor.ts';

export type AddPointDeviceArgs =
  | { floorId: string; collection: 'airTerminals'; device: AirTerminal }
  | { floorId: string; collection: 'extinguishers'; device: Extinguisher }
  | { floorId: string; collection: 'detectors' | 'sprinklers' | 'smokeExhausts' | 'hydrants'; device: PointDevice }
  | { floorId: string; collection: 'exitSigns'; device: ExitSign }
  | { floorId: string; collection: 'evacuationMarks'; device: EvacuationMark };

export type PointDeviceCollection = AddPointDeviceArgs['collection'];

export function pointDeviceProblem(args: AddPointDeviceArgs): string | null {
  const { device } = args;
  if (!isPoint(device.at)) return 'commands.refused.badNumber';
  if (args.collection === 'airTerminals' && !(isFiniteNumber(args.device.freshAir) && args.device.freshAir >= 0)) return 'commands.refused.badNumber';
  if (args.collection === 'extinguishers') {
    const { lastInspected, rating } = args.device;
    if (lastInspected !== undefined && !isIsoDate(lastInspected)) return 'commands.refused.badDate';
    if (rating !== undefined && typeof rating !== 'string') return 'commands.refused.badKind';
  }
  if (args.collection === 'exitSigns') {
    if (!SIGN_KINDS.includes(args.device.kind)) return 'commands.refused.badKind';
    if (args.device.rotation !== undefined && !isFiniteNumber(args.device.rotation)) return 'commands.refused.badNumber';
  }
  if (args.collection === 'evacuationMarks') {
    if (args.device.label !== undefined && typeof args.device.label !== 'string') return 'commands.refused.badKind';
  } else if (args.collection !== 'airTerminals') {
    const { lastInspected } = args.device;
    if (lastInspected !== undefined && !isIsoDate(lastInspected)) return 'commands.refused.badDate';
  }
  return null;
}

export const addPointDevice: Command<AddPointDeviceArgs> = {
  type: 'devices/add',
  labelKey: 'commands.addDevice',
  apply(draft, args) {
    const floor = floorById(draft, args.floorId);
    if (!floor) return refuse('commands.refused.noFloor');
    const problem = pointDeviceProblem(args);
    if (problem) return refuse(problem, [args.device.id]);
    if (!pointInPolygon(args.device.at, floor.outline)) return refuse(offFloorReason(args.collection), [args.device.id]);
    const clash = refuseUsedIds(draft, [args.device.id]);
    if (clash) return clash;
    (floor[args.collection] as { id: string }[]).push(structuredClone(args.device));
    return undefined;
  },
};
