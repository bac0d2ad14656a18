// Colours of the scene, shared by the meshes and the legend so both always agree.
import type { Role, WallKind, ZoneUse } from '../floorplan/types.ts';

export const ZONE_COLORS: Record<ZoneUse, string> = {
  work: '#cfe3f7',
  management: '#d9d2f2',
  rest: '#d8efcf',
  meeting: '#f8e3c4',
  training: '#f6d5e5',
  canteen: '#fbe9a8',
  dormitory: '#e7dccb',
  server: '#c9d3dc',
  power: '#f3c9bd',
  cabling: '#c6e3e0',
  toilet: '#d7ecf2',
  corridor: '#eeeeea',
  storage: '#e0dbd2',
};

export const WALL_COLORS: Record<WallKind, string> = {
  solid: '#9aa0a6',
  glass: '#9fd3f5',
  fire: '#b2452b',
  'fire-partition': '#c98a5a',
};

export const ROLE_COLORS: Record<Role, string> = {
  agent: '#d8c3a0',
  leader: '#8fc3e8',
  supervisor: '#b79be3',
};

export const COLORS = {
  background: '#e9edf1',
  ground: '#dcd8cc',
  site: '#ecebe3',
  siteEdge: '#c0392b',
  green: '#8cc084',
  building: '#d5d9de',
  buildingHover: '#8ec5f0',
  slab: '#b8bec6',
  exteriorWall: '#7d848c',
  window: '#7fc3ef',
  core: '#8a8f96',
  stairCore: '#7c8b99',
  column: '#5b6168',
  exit: '#1e9e4a',
  chair: '#4a5560',
  selected: '#ff8a00',
  luminaire: '#fff4c2',
  airTerminal: '#7fd6d0',
  extinguisher: '#d42020',
  detector: '#f2f2f2',
  sprinkler: '#c0392b',
} as const;

/** The plan view drawn like an architectural drawing (walls by kind, doors, windows, cores, dimensions). */
export const PLAN_COLORS = {
  wall: '#2b3035',
  exteriorWall: '#1f2327',
  glassFill: '#e4f2fb',
  glassLine: '#2f6d96',
  fireFill: '#fde8e3',
  fireLine: '#c62828',
  /** 防火隔墙: orange faces, no hatch (a fire wall is red and hatched) */
  partitionFill: '#fdf0e3',
  partitionLine: '#d9772b',
  coreFill: '#6f767d',
  coreLine: '#262b30',
  coreHatch: '#a9afb5',
  /** structural columns: solid, as concrete is drawn in section */
  columnFill: '#30353a',
  columnLine: '#15181b',
  door: '#47505a',
  fireDoor: '#b3261e',
  windowFill: '#f8fbfd',
  windowLine: '#2b3035',
  windowGlass: '#1f78c1',
  dimension: '#0b57d0',
} as const;
