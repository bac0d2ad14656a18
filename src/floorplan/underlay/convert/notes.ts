// What the conversion did not understand, said in both languages (the panel and the command
// line show these; the notes themselves are codes and counts).
import type { Locale } from '../../types.ts';
import type { ConversionNote, ConversionNoteCode } from './types.ts';

/** "1 door" / "2 doors" */
const n_ = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const are = (n: number) => (n === 1 ? 'is' : 'are');

const TEXT: Record<ConversionNoteCode, { zh: (n: number) => string; en: (n: number) => string }> = {
  unpairedWallLines: { zh: (n) => `墙图层上 ${n} 条线找不到平行的另一面（单线墙、弧墙或其他图形）`, en: (n) => `${n_(n, 'wall-layer line')} found no parallel face to pair with (single-line walls, curves or other drawing)` },
  curvedWalls: { zh: (n) => `${n} 段弧形墙未转换`, en: (n) => `${n_(n, 'curved wall arc')} not converted` },
  doorsWithoutWall: { zh: (n) => `${n} 个门不在任何墙上，未转换`, en: (n) => `${n_(n, 'door')} sit${n === 1 ? 's' : ''} in no wall and ${n === 1 ? 'was' : 'were'} left out` },
  windowsWithoutWall: { zh: (n) => `窗图层上 ${n} 条线不在任何墙上`, en: (n) => `${n_(n, 'window-layer line')} sit${n === 1 ? 's' : ''} in no wall` },
  windowsInInteriorWalls: { zh: (n) => `${n} 个窗在内墙上：方案中的窗只在外轮廓上，未转换`, en: (n) => `${n_(n, 'window')} ${are(n)} in interior walls; plan windows sit on the outline only, so ${n === 1 ? 'it was' : 'they were'} left out` },
  columnShapesSkipped: { zh: (n) => `柱图层上 ${n} 个图形大小不像柱（0.15–1.5 m），未转换`, en: (n) => `${n_(n, 'shape')} on column layers ${are(n)} not column-sized (0.15–1.5 m) and ${n === 1 ? 'was' : 'were'} left out` },
  envelopeOpen: { zh: () => '外墙没有围合：无法得到楼层轮廓（可在“轮廓”图层画闭合多段线，或检查墙图层）', en: () => 'the external walls do not close: no floor outline (draw a closed polyline on an outline layer, or check the wall layers)' },
  outlineFromLayer: { zh: () => '楼层轮廓取自轮廓图层的闭合多段线', en: () => 'the floor outline is the closed polyline on the outline layer' },
  smallRoomsSkipped: { zh: (n) => `${n} 个小于 2 m² 的封闭空间（管井等）未生成分区`, en: (n) => `${n_(n, 'closed space')} under 2 m² (shafts, ducts) ${n === 1 ? 'was' : 'were'} not made ${n === 1 ? 'a zone' : 'zones'}` },
  textsOutsideRooms: { zh: (n) => `${n} 个房间名称不在任何封闭房间内`, en: (n) => `${n_(n, 'room-name text')} stand${n === 1 ? 's' : ''} in no closed room` },
  unnamedRooms: { zh: (n) => `${n} 个房间没有名称，按“房间 n”命名`, en: (n) => `${n_(n, 'room')} ${n === 1 ? 'has' : 'have'} no name and ${n === 1 ? 'is' : 'are'} called "Room n"` },
  wallsOutsideOutline: { zh: (n) => `${n} 段墙在楼层轮廓以外，未转换`, en: (n) => `${n_(n, 'wall')} ${n === 1 ? 'lies' : 'lie'} outside the floor outline and ${n === 1 ? 'was' : 'were'} left out` },
  noWallLayers: { zh: () => '没有图层被指定为“墙”', en: () => 'no layer is given the walls role' },
};

export function conversionNoteText(note: ConversionNote, locale: Locale): string {
  const t = TEXT[note.code];
  return locale === 'en' ? t.en(note.count) : t.zh(note.count);
}
