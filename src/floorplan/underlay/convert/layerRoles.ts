// What each layer of a CAD drawing holds, for turning the drawing into a floor: a first guess
// from the layer's name (English, Chinese, pinyin, the AIA / ISO 13567 CAD standards and 天正's
// own layer names), which the planner then corrects.

export const LAYER_ROLES = ['walls', 'columns', 'windows', 'doors', 'outline', 'names', 'ignore'] as const;
export type LayerRole = (typeof LAYER_ROLES)[number];

/**
 * Rules tried in order; the first that matches names the role. Names are upper-cased and split
 * into words at anything not a letter or digit (A-WALL-FULL → A WALL FULL), so short codes such
 * as COL or WIN match whole words only, while Chinese matches anywhere in the name.
 */
interface Rule {
  role: LayerRole;
  /** whole words (upper case) */
  words?: readonly string[];
  /** word prefixes (upper case): WALL matches WALLS, WALL1 */
  prefixes?: readonly string[];
  /** anywhere in the name (Chinese) */
  contains?: readonly string[];
}

const RULES: readonly Rule[] = [
  // grids, dimensions, hatching, furniture, fittings, stairs and title blocks are not the floor
  { role: 'ignore', words: ['DIM', 'DIMS', 'DIMENSION', 'DIMENSIONS', 'DOTE', 'AXIS', 'AXES', 'GRID', 'GRIDS', 'HATCH', 'PATT', 'FURN', 'FURNITURE', 'EQPM', 'FIXT', 'PLUMB', 'LVTRY', 'ELEC', 'LITE', 'LIGHT', 'HVAC', 'DEFPOINTS', 'TITLE', 'TK', 'SYMB', 'NOTE', 'NOTES', 'REVS', 'STAIR', 'STAIRS', 'HANDRAIL', 'EVTR', 'ZHOU', 'CHICUN', 'BIAOZHU', 'JIAJU', 'LOUTI'], prefixes: ['DIM', 'AXIS', 'GRID'], contains: ['轴', '尺寸', '标注', '家具', '图框', '填充', '楼梯', '电梯', '设备', '灯具', '洁具', '索引', '符号', '门窗编号', '门窗号'] },
  // 天正 labels its openings on WINDOW_TEXT / DOOR_TEXT: numbers such as C1518, not room names
  { role: 'ignore', words: ['WINDOW_TEXT', 'DOOR_TEXT'] },
  { role: 'names', words: ['TEXT', 'TEXTS', 'TXT', 'ANNO', 'IDEN', 'ROOM', 'ROOMS', 'RMNO', 'SPACE', 'NAME', 'NAMES', 'WENZI', 'FANGJIAN'], prefixes: ['TEXT', 'ROOM', 'SPACE'], contains: ['文字', '房间', '房名', '名称', '空间'] },
  { role: 'columns', words: ['COL', 'COLS', 'COLU', 'COLUMN', 'COLUMNS', 'PILLAR', 'ZHU'], prefixes: ['COLU', 'COLUMN'], contains: ['柱'] },
  { role: 'windows', words: ['WIN', 'WIND', 'WINDOW', 'WINDOWS', 'GLAZ', 'GLAZING', 'CURTWALL', 'CURTAIN', 'CHUANG'], prefixes: ['WINDOW', 'GLAZ'], contains: ['窗', '幕墙'] },
  { role: 'doors', words: ['DOOR', 'DOORS', 'DR', 'MEN'], prefixes: ['DOOR'], contains: ['门'] },
  { role: 'outline', words: ['OUTLINE', 'OTLN', 'FOOTPRINT', 'BOUNDARY', 'PERIMETER', 'LUNKUO'], contains: ['轮廓', '外框', '边界'] },
  { role: 'walls', words: ['WALL', 'WALLS', 'QIANG', 'PARTITION', 'PRTN', 'CONC', 'BRICK'], prefixes: ['WALL', 'QIANG'], contains: ['墙', '隔断'] },
];

/** The name's words (A-WALL-FULL → A, WALL, FULL) and, for words joined by '_' (天正's DOOR_FIRE), also their parts. */
function tokens(upper: string): string[] {
  const out: string[] = [];
  for (const w of upper.split(/[^A-Z0-9_\u3400-\u9fff]+/)) {
    if (!w) continue;
    out.push(w);
    if (w.includes('_')) out.push(...w.split('_').filter(Boolean));
  }
  return out;
}

function matches(rule: Rule, upper: string, toks: readonly string[]): boolean {
  if (rule.contains?.some((c) => upper.includes(c))) return true;
  if (rule.words?.some((w) => toks.includes(w))) return true;
  return rule.prefixes?.some((p) => toks.some((t) => t.startsWith(p))) ?? false;
}

/** The role a layer's name suggests, or null when it says nothing (layer "0", "图层1"). */
export function guessLayerRole(name: string): LayerRole | null {
  const upper = name.toUpperCase().trim();
  if (upper === '' || upper === '0') return null;
  const toks = tokens(upper);
  for (const rule of RULES) if (matches(rule, upper, toks)) return rule.role;
  return null;
}

/** A role for every layer: the guess, or 'ignore' where the name says nothing. */
export function guessLayerRoles(layerNames: readonly string[]): LayerRole[] {
  return layerNames.map((name) => guessLayerRole(name) ?? 'ignore');
}
