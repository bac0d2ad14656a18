// Zones from the closed rooms: each named from the text standing in it (room-name layers first,
// then any other text that reads like a name, not a number, an area or an opening's tag), with
// a use guessed from the name. A room with no name is "Room n", or a corridor when it is long
// and narrow.
import { perimeter, pointInPolygon, polygonArea } from '../../geometry/polygon.ts';
import type { Locale, Point, Polygon, ZoneUse } from '../../types.ts';
import type { PlanText } from './planDrawing.ts';
import type { ConvertedZone } from './types.ts';
import { guessZoneUse } from './zoneUse.ts';

/** Numbers, areas (12.5㎡), levels (±0.000), openings' tags (M1021, C1518, FM甲1221), axis labels (A, 12). */
const NOT_A_NAME = /^\s*([±+-]?\d+([.,]\d+)?\s*(m2|m²|㎡|平方米|mm|m)?|[A-Z]\d{0,2}|(FM|FHM|JLM|M|C|MC|LC|GC)[甲乙丙]?[-_ ]?\d{3,4}[a-z]?|\d+[-/]\d+)\s*$/i;

export function isRoomName(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && !NOT_A_NAME.test(t);
}

/** Where a text's middle is, roughly: its anchor is at its lower left. */
function middleOf(t: PlanText): Point {
  const w = t.text.length * t.height * 0.8;
  return [t.at[0] + (Math.cos(t.rotation) * w) / 2 - (Math.sin(t.rotation) * t.height) / 2, t.at[1] + (Math.sin(t.rotation) * w) / 2 + (Math.cos(t.rotation) * t.height) / 2];
}

/** Long and narrow: the width a strip of this area and perimeter would have, and how stretched it is. */
function corridorShaped(polygon: Polygon): boolean {
  const a = polygonArea(polygon);
  const p = perimeter(polygon);
  return (2 * a) / p <= 2.5 && (p * p) / a >= 30;
}

export interface NamedZones {
  zones: ConvertedZone[];
  /** texts that read as names standing in no room */
  textsOutside: Point[];
  unnamed: number;
}

export function nameZones(rooms: readonly Polygon[], texts: readonly PlanText[], locale: Locale): NamedZones {
  const candidates = texts.filter((t) => t.role !== 'ignore' && isRoomName(t.text));
  const used = new Set<PlanText>();
  let unnamed = 0;
  let corridors = 0;
  const zones = rooms.map((polygon): ConvertedZone => {
    const inside = candidates.filter((t) => pointInPolygon(t.at, polygon) || pointInPolygon(middleOf(t), polygon));
    // a room-name layer's text first, then one that names a use, then the tallest
    inside.sort((a, b) => Number(b.role === 'names') - Number(a.role === 'names') || Number(guessZoneUse(b.text) !== null) - Number(guessZoneUse(a.text) !== null) || b.height - a.height);
    for (const t of inside) used.add(t);
    const text = inside[0];
    if (text) {
      const name = text.text.trim().replace(/\s+/g, ' ');
      return { name, use: guessZoneUse(name) ?? (corridorShaped(polygon) ? 'corridor' : 'work'), polygon, named: true };
    }
    if (corridorShaped(polygon)) {
      corridors++;
      return { name: `${locale === 'en' ? 'Corridor' : '走道'} ${corridors}`, use: 'corridor' satisfies ZoneUse, polygon, named: false };
    }
    unnamed++;
    return { name: `${locale === 'en' ? 'Room' : '房间'} ${unnamed}`, use: 'work', polygon, named: false };
  });
  const textsOutside = candidates.filter((t) => !used.has(t) && t.role === 'names').map((t) => t.at);
  return { zones, textsOutside, unnamed };
}
