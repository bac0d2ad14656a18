// The service band along the middle of every floor module: stair cores with their exits, the
// lift core and shaft, and rooms behind partitions (management, rest, meeting, toilets, power,
// cabling, server). Rooms are scaled to fill the plate's width; optional rooms are dropped first
// when the plate is narrow.
import type { ZoneUse } from '../types.ts';

export const STAIR_WIDTH = 6;
export const LIFT_WIDTH = 6;
export const SHAFT_WIDTH = 2;

export type BandItem =
  | { kind: 'room'; use: ZoneUse; nominal: number; /** 0 = always kept; lower numbers go first */ drop: number }
  | { kind: 'stair' }
  | { kind: 'lifts' };

export interface BandModule {
  x0: number;
  x1: number;
  item: BandItem;
}

const room = (use: ZoneUse, nominal: number, drop = 0): BandItem => ({ kind: 'room', use, nominal, drop });

/**
 * West to east: toilet, rest, power | stair | management, lifts, rest, meeting (, server) | stair
 * | … | cabling, rest, toilet. A rest room in every stretch keeps every seat near a break room.
 */
export function bandItems(stairs: number, office: boolean, serverRoom: boolean): BandItem[] {
  const items: BandItem[] = [room('toilet', 6), room('rest', 7, 3), room('power', 4.5)];
  for (let i = 0; i < stairs - 1; i++) {
    items.push({ kind: 'stair' });
    if (office) items.push(room('management', i === 0 ? 12 : 10, i === 0 ? 0 : 4));
    else items.push(room('storage', 8, 4));
    if (i === 0) items.push({ kind: 'lifts' });
    items.push(room('rest', 8, 1), room('meeting', 8, 2));
    if (i === 0 && serverRoom) items.push(room('server', 6));
  }
  items.push({ kind: 'stair' }, room('cabling', 4.5), room('rest', 7, 3), room('toilet', 6));
  return items;
}

function fixedWidth(item: BandItem): number {
  return item.kind === 'stair' ? STAIR_WIDTH : item.kind === 'lifts' ? LIFT_WIDTH + SHAFT_WIDTH : 0;
}

/** Positions of the band's items along [x0, x0 + width]. */
export function planBand(x0: number, width: number, itemsIn: readonly BandItem[]): BandModule[] {
  let items = [...itemsIn];
  const scaleOf = (list: BandItem[]): number => {
    const fixed = list.reduce((s, it) => s + fixedWidth(it), 0);
    const nominal = list.reduce((s, it) => s + (it.kind === 'room' ? it.nominal : 0), 0);
    return (width - fixed) / nominal;
  };
  // Narrow plates: drop optional rooms (lowest drop number first) until rooms keep 70 % of their size.
  while (scaleOf(items) < 0.7) {
    const optional = items.filter((it): it is Extract<BandItem, { kind: 'room' }> => it.kind === 'room' && it.drop > 0);
    if (optional.length === 0) break;
    const first = optional.reduce((a, b) => (b.drop < a.drop ? b : a));
    items = items.filter((it) => it !== first);
  }
  const scale = scaleOf(items);
  const modules: BandModule[] = [];
  let x = x0;
  items.forEach((item, i) => {
    const w = item.kind === 'room' ? item.nominal * scale : fixedWidth(item);
    const x1 = i === items.length - 1 ? x0 + width : x + w;
    modules.push({ x0: x, x1, item });
    x = x1;
  });
  return modules;
}
