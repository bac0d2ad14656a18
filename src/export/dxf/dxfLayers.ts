// The layers of a floor exported to DXF: Chinese and English in every name (a 天正 or AutoCAD
// user filters by either), one layer per kind of thing so each can be frozen on its own, and AutoCAD
// Color Index colours close to the usual Chinese drafting habits (walls white, windows cyan, fire
// equipment red, axes grey dash-dot).
import type { ZoneUse } from '../../floorplan/types.ts';

export interface DxfLayerSpec {
  name: string;
  /** AutoCAD Color Index 1–255 */
  color: number;
  lineType?: string;
}

/** A dash-dot centre line in millimetres, drawn at its true size in a 1:100 plan (no LTSCALE needed). */
export const CENTER_LINE_TYPE = { name: 'CF_CENTER', description: 'Centre ____ _ ____ _', pattern: [1200, -200, 200, -200] } as const;

export const DXF_LAYERS = {
  outline: { name: 'CF-楼层轮廓-OUTLINE', color: 8 },
  wall: { name: 'CF-墙体-WALL', color: 7 },
  glassWall: { name: 'CF-玻璃隔断-GLASS-WALL', color: 140 },
  fireWall: { name: 'CF-防火墙-FIRE-WALL', color: 1 },
  firePartition: { name: 'CF-防火隔墙-FIRE-PARTITION', color: 30 },
  wallAxis: { name: 'CF-墙中线-WALL-AXIS', color: 8, lineType: CENTER_LINE_TYPE.name },
  door: { name: 'CF-门-DOOR', color: 2 },
  fireDoor: { name: 'CF-防火门-FIRE-DOOR', color: 1 },
  window: { name: 'CF-窗-WINDOW', color: 4 },
  core: { name: 'CF-核心筒-CORE', color: 8 },
  column: { name: 'CF-柱-COLUMN', color: 7 },
  zone: { name: 'CF-区域-ZONE', color: 8 },
  zoneFill: { name: 'CF-区域填充-ZONE-FILL', color: 254 },
  zoneText: { name: 'CF-区域文字-ZONE-TEXT', color: 7 },
  desk: { name: 'CF-工位-DESK', color: 150 },
  exit: { name: 'CF-安全出口-EXIT', color: 3 },
  extinguisher: { name: 'CF-灭火器-EXTINGUISHER', color: 1 },
  hydrant: { name: 'CF-消火栓-HYDRANT', color: 1 },
  smokeExhaust: { name: 'CF-排烟口-SMOKE-EXHAUST', color: 8 },
  exitSign: { name: 'CF-安全出口标志-EXIT-SIGN', color: 3 },
  directionSign: { name: 'CF-疏散指示标志-EVACUATION-SIGN', color: 3 },
  evacuationMark: { name: 'CF-您所在位置-YOU-ARE-HERE', color: 1 },
  emergencyLuminaire: { name: 'CF-应急照明-EMERGENCY-LIGHT', color: 3 },
  detector: { name: 'CF-探测器-DETECTOR', color: 6 },
  sprinkler: { name: 'CF-喷头-SPRINKLER', color: 5 },
  luminaire: { name: 'CF-灯具-LUMINAIRE', color: 40 },
  freshAir: { name: 'CF-新风口-FRESH-AIR', color: 130 },
  text: { name: 'CF-文字-TEXT', color: 7 },
} as const satisfies Record<string, DxfLayerSpec>;

export type DxfLayerKey = keyof typeof DXF_LAYERS;

/** Pale ACI tints for zone fills, one per use: the walls, desks and text drawn over a fill stay legible. */
export const ZONE_FILL_COLORS: Record<ZoneUse, number> = {
  work: 151,
  management: 191,
  rest: 91,
  meeting: 41,
  training: 221,
  canteen: 51,
  dormitory: 33,
  server: 9,
  power: 11,
  cabling: 131,
  toilet: 141,
  corridor: 254,
  storage: 253,
};
