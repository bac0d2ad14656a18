// The DXF export of one floor: the writer's own output checked tag by tag (units, layers, blocks),
// then the file read back by ezdxf — a reader other than ours — for counts, coordinates in
// millimetres, Chinese layer names and text, and an audit with no errors. ezdxf comes from Debian's
// python3-ezdxf (scripts/install-test-deps.sh); without it these tests fail, they do not skip.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportDxfCommand } from '../../src/cli/exportDxf.ts';
import { DXF_LAYERS } from '../../src/export/dxf/dxfLayers.ts';
import { mtextLine } from '../../src/export/dxf/dxfText.ts';
import { floorToDxf } from '../../src/export/dxf/floorToDxf.ts';
import { parsePlan } from '../../src/floorplan/format/index.ts';
import { floorSeats } from '../../src/floorplan/queries/seats.ts';
import type { Floor, PlanDocument, Polygon } from '../../src/floorplan/types.ts';

const rect = (x0: number, y0: number, x1: number, y1: number): Polygon => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

/**
 * A 20 × 10 m floor split by one solid wall at x = 10 (0.2 m thick) with a 1 m door at its middle:
 * a work zone on the left with three 1.2 × 0.7 desks, a meeting room on the right with one
 * 1.4 × 0.7 desk, a window on the south face, an exit on the east face, a lift core, one piece of
 * each kind of equipment, and a column and a hydrant as a newer plan may carry them.
 */
function handFloor(): PlanDocument {
  const floor: Floor & { columns: unknown[]; hydrants: unknown[] } = {
    id: 'T-1F',
    name: '1F',
    level: 1,
    elevation: 0,
    height: 4,
    clearHeight: 2.8,
    outline: rect(0, 0, 20, 10),
    walls: [{ id: 'w1', a: [10, 0], b: [10, 10], kind: 'solid', thickness: 0.2 }],
    doors: [{ id: 'd1', at: [10, 5], width: 1, wall: 'w1' }],
    windows: [{ id: 'n1', a: [2, 0], b: [6, 0], sill: 0.9, head: 2.4 }],
    exits: [{ id: 'e1', at: [20, 5], width: 1.2, kind: 'exterior' }],
    cores: [{ id: 'c1', kind: 'lift', polygon: rect(17, 7, 20, 10) }],
    zones: [
      { id: 'z1', name: '话务区', use: 'work', polygon: rect(0, 0, 10, 10) },
      { id: 'z2', name: 'Meeting {A}', use: 'meeting', polygon: rect(10, 0, 17, 10) },
    ],
    workstations: [
      { id: 's1', at: [3, 5], rotation: 90, size: [1.2, 0.7], role: 'agent' },
      { id: 's2', at: [5, 5], rotation: 0, size: [1.2, 0.7], role: 'agent' },
      { id: 's3', at: [7, 5], rotation: 180, size: [1.2, 0.7], role: 'leader' },
      { id: 's4', at: [13, 5], rotation: 0, size: [1.4, 0.7], role: 'supervisor' },
    ],
    luminaires: [
      { id: 'l1', at: [7, 7], mount: 2.8, flux: 3600, power: 36 },
      { id: 'l2', at: [7, 3], mount: 2.8, flux: 3600, power: 36 },
    ],
    airTerminals: [{ id: 'a1', at: [8, 2], freshAir: 120 }],
    extinguishers: [{ id: 'x1', at: [1, 1] }],
    detectors: [{ id: 't1', at: [5, 8] }],
    sprinklers: [{ id: 'p1', at: [3, 3] }],
    columns: [{ id: 'col1', polygon: rect(4.7, 8.7, 5.3, 9.3) }],
    hydrants: [{ id: 'h1', at: [0.5, 5] }],
    smokeExhausts: [],
    exitSigns: [],
    evacuationMarks: [],
  };
  return {
    format: 'callfloor',
    version: 1,
    name: 'DXF 测试',
    locale: 'zh-CN',
    site: {
      boundary: rect(-10, -10, 30, 20),
      green: [],
      buildings: [{ id: 'T', name: 'T栋', footprint: rect(0, 0, 20, 10), height: 4, sprinklered: true, fireResistanceGrade: 2, floors: [floor] }],
    },
  };
}

/** The DXF as (group code, value) pairs, the way every reader tokenises it. */
function tags(text: string): [number, string][] {
  const lines = text.split(/\r?\n/);
  const out: [number, string][] = [];
  for (let i = 0; i + 1 < lines.length; i += 2) out.push([Number(lines[i]!.trim()), lines[i + 1]!]);
  return out;
}

/** Header variable → its value tags. */
function header(pairs: [number, string][], name: string): [number, string][] {
  const i = pairs.findIndex(([c, v]) => c === 9 && v === name);
  if (i < 0) return [];
  const out: [number, string][] = [];
  for (let j = i + 1; j < pairs.length && pairs[j]![0] !== 9 && pairs[j]![0] !== 0; j++) out.push(pairs[j]!);
  return out;
}

/** The names (group 2) of the records of one table. */
function tableNames(pairs: [number, string][], table: string): string[] {
  const start = pairs.findIndex(([c, v], i) => c === 2 && v === table && pairs[i - 1]?.[1] === 'TABLE');
  const names: string[] = [];
  for (let i = start + 1; i < pairs.length && pairs[i]![1] !== 'ENDTAB'; i++) {
    if (pairs[i]![0] === 0 && pairs[i]![1] === table) {
      const name = pairs.slice(i + 1).find(([c]) => c === 2);
      if (name) names.push(name[1]);
    }
  }
  return names;
}

describe('floorToDxf, read by its tags', () => {
  const text = floorToDxf(handFloor(), 'T-1F');
  const pairs = tags(text);

  it('is an R2007 drawing in millimetres with a Chinese code page', () => {
    expect(pairs[0]).toEqual([0, 'SECTION']);
    expect(header(pairs, '$ACADVER')).toEqual([[1, 'AC1021']]);
    expect(header(pairs, '$INSUNITS')).toEqual([[70, '4']]);
    expect(header(pairs, '$DWGCODEPAGE')).toEqual([[3, 'ANSI_936']]);
    expect(pairs.at(-1)).toEqual([0, 'EOF']);
  });

  it('declares every layer, with Chinese and English names', () => {
    const layers = tableNames(pairs, 'LAYER');
    expect(layers).toEqual(['0', ...Object.values(DXF_LAYERS).map((l) => l.name)]);
    expect(layers).toContain('CF-墙体-WALL');
    expect(layers).toContain('CF-灭火器-EXTINGUISHER');
  });

  it('defines one block per desk size and per kind of equipment, each with its block record', () => {
    const records = tableNames(pairs, 'BLOCK_RECORD');
    const own = ['CF_DESK_1200x700', 'CF_DESK_1400x700', 'CF_EXTINGUISHER', 'CF_HYDRANT', 'CF_DETECTOR', 'CF_SPRINKLER', 'CF_LUMINAIRE', 'CF_FRESH_AIR'];
    expect(records.filter((n) => !n.startsWith('*')).sort()).toEqual([...own].sort());
    const blocks = pairs.filter(([c, v], i) => c === 0 && v === 'BLOCK' && pairs[i + 1]?.[0] === 5).length;
    expect(blocks).toBe(own.length + 2); // + *Model_Space and *Paper_Space
  });

  it('writes plan metres as millimetres: the wall at x = 10 m, 0.2 m thick, has its faces at 9 900 and 10 100', () => {
    expect(text).toMatch(/\n10\n9900\n20\n-100\n/);
    expect(text).toMatch(/\n10\n10100\n20\n10100\n/);
  });

  it('inserts one desk block per seat at the desk position and rotation', () => {
    const inserts = pairs.flatMap(([c, v], i) => (c === 2 && v.startsWith('CF_DESK') && pairs[i - 1]?.[0] === 100 && pairs[i - 1]?.[1] === 'AcDbBlockReference' ? [i] : []));
    expect(inserts).toHaveLength(4);
  });

  it('refuses a floor the plan does not have', () => {
    expect(() => floorToDxf(handFloor(), 'nope')).toThrow(/nope/);
  });
});

describe('MTEXT escaping', () => {
  it('keeps a name as typed', () => {
    expect(mtextLine('Meeting {A}\\B')).toBe('Meeting \\{A\\}\\\\B');
    expect(mtextLine('a^b\nc')).toBe('a^ b c');
  });
});

interface EzdxfShape {
  type: string;
  layer: string;
  points?: [number, number][];
  closed?: boolean;
  center?: [number, number];
  radius?: number;
  angles?: [number, number];
  name?: string;
  at?: [number, number];
  rotation?: number;
  text?: string;
  style?: string;
  solid?: boolean;
  color?: number;
}
interface EzdxfReport {
  version: string;
  insunits: number;
  codepage: string;
  audit: { errors: string[]; fixes: string[] };
  layers: string[];
  styles: Record<string, string>;
  blocks: Record<string, EzdxfShape[]>;
  counts: Record<string, number>;
  insertsByBlock: Record<string, number>;
  insertsByLayer: Record<string, number>;
  insertSamples: EzdxfShape[];
  entities: EzdxfShape[];
}

const dir = mkdtempSync(join(tmpdir(), 'callfloor-dxf-'));
const READER = fileURLToPath(new URL('./dxfRead.py', import.meta.url));

/** Reads the file with ezdxf through Debian's python (a pyenv python3 on PATH would not see python3-ezdxf). */
function readWithEzdxf(path: string): EzdxfReport {
  const out = execFileSync('/usr/bin/python3', [READER, path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out) as EzdxfReport;
}

/**
 * What ezdxf read from the DXF that `write` makes, read once on first use. Each test asks for it
 * itself (no beforeAll) so that without ezdxf every test fails rather than being reported skipped.
 */
function readOnce(name: string, write: () => string): () => EzdxfReport {
  let report: EzdxfReport | null = null;
  return () => {
    if (!report) {
      const path = join(dir, name);
      writeFileSync(path, write(), 'utf8');
      report = readWithEzdxf(path);
    }
    return report;
  };
}

/** Same polygon regardless of start vertex, to the micrometre. */
function samePolygon(a: readonly [number, number][], b: readonly [number, number][]): boolean {
  if (a.length !== b.length) return false;
  return a.some((_, shift) => b.every((p, i) => Math.abs(a[(i + shift) % a.length]![0] - p[0]) < 1e-3 && Math.abs(a[(i + shift) % a.length]![1] - p[1]) < 1e-3));
}

describe('the hand floor read back by ezdxf', () => {
  const read = readOnce('hand.dxf', () => floorToDxf(handFloor(), 'T-1F'));
  let r: EzdxfReport;
  beforeEach(() => {
    r = read();
  });

  it('passes the audit and reads as R2007 in millimetres', () => {
    expect(r.audit.errors).toEqual([]);
    expect(r.audit.fixes).toEqual([]);
    expect(r.version).toBe('AC1021');
    expect(r.insunits).toBe(4);
    expect(r.styles['CF_CJK']).toBe('simsun.ttc');
  });

  it('draws the wall as two closed outlines at its thickness, open 1 m at the door', () => {
    const walls = r.entities.filter((e) => e.type === 'LWPOLYLINE' && e.layer === 'CF-墙体-WALL' && e.points!.every((p) => p[0] >= 9900 && p[0] <= 10100));
    expect(walls).toHaveLength(2);
    expect(walls.every((w) => w.closed)).toBe(true);
    const expected: [number, number][][] = [
      [[10100, -100], [10100, 4500], [9900, 4500], [9900, -100]],
      [[10100, 5500], [10100, 10100], [9900, 10100], [9900, 5500]],
    ];
    for (const e of expected) expect(walls.some((w) => samePolygon(w.points!, e))).toBe(true);
    expect(r.entities.filter((e) => e.type === 'LINE' && e.layer === 'CF-墙中线-WALL-AXIS').map((e) => e.points)).toEqual([[[10000, 0], [10000, 10000]]]);
  });

  it('draws the door: a 1 m leaf from the hinge at (9 900, 4 500) and its quarter swing from 90° to 180°', () => {
    // neither side is a corridor: the door opens to the wall's left (west); the hinge is at the jamb nearer the wall's start
    const leaf = r.entities.filter((e) => e.type === 'LINE' && e.layer === 'CF-门-DOOR');
    expect(leaf.map((e) => e.points)).toEqual([[[9900, 4500], [8900, 4500]]]);
    const arcs = r.entities.filter((e) => e.type === 'ARC' && e.layer === 'CF-门-DOOR');
    expect(arcs).toEqual([expect.objectContaining({ center: [9900, 4500], radius: 1000, angles: [90, 180] })]);
  });

  it('draws the window as three lines across the exterior wall', () => {
    const lines = r.entities.filter((e) => e.type === 'LINE' && e.layer === 'CF-窗-WINDOW').map((e) => e.points);
    expect(lines).toHaveLength(3);
    expect(lines).toContainEqual([[2000, 0], [6000, 0]]);
    expect(lines).toContainEqual([[2000, -125], [6000, -125]]);
  });

  it('inserts each desk once, at its place and rotation, sized by its block', () => {
    expect(r.insertsByBlock['CF_DESK_1200x700']).toBe(3);
    expect(r.insertsByBlock['CF_DESK_1400x700']).toBe(1);
    expect(r.insertsByLayer['CF-工位-DESK']).toBe(4);
    expect(r.insertSamples.find((e) => e.name === 'CF_DESK_1200x700' && e.rotation === 90)?.at).toEqual([3000, 5000]);
    const desk = r.blocks['CF_DESK_1200x700']!;
    expect(desk.find((e) => e.type === 'LWPOLYLINE')?.points).toEqual([[-600, -350], [600, -350], [600, 350], [-600, 350]]);
    // the chair sits where the plan puts the user: depth / 2 + 0.45 m behind the desk centre
    expect(desk.find((e) => e.type === 'CIRCLE')?.center).toEqual([0, -800]);
  });

  it('places every piece of equipment as a block on its layer', () => {
    expect(r.insertsByLayer).toMatchObject({
      'CF-灭火器-EXTINGUISHER': 1,
      'CF-消火栓-HYDRANT': 1,
      'CF-探测器-DETECTOR': 1,
      'CF-喷头-SPRINKLER': 1,
      'CF-灯具-LUMINAIRE': 2,
      'CF-新风口-FRESH-AIR': 1,
    });
    expect(r.insertSamples.find((e) => e.name === 'CF_EXTINGUISHER')?.at).toEqual([1000, 1000]);
  });

  it('fills and labels each zone, with Chinese readable and braces printed as typed', () => {
    const fills = r.entities.filter((e) => e.type === 'HATCH' && e.layer === 'CF-区域填充-ZONE-FILL');
    expect(fills).toHaveLength(2);
    expect(fills.every((f) => f.solid)).toBe(true);
    const labels = r.entities.filter((e) => e.type === 'MTEXT' && e.layer === 'CF-区域文字-ZONE-TEXT').map((e) => e.text);
    expect(labels).toEqual(['话务区\n100.0 m²\n3 座', 'Meeting {A}\n70.0 m²\n1 座']);
  });

  it('draws the exit with its leaf and label, the lift core and the column', () => {
    expect(r.counts['ARC|CF-安全出口-EXIT']).toBe(1);
    expect(r.entities.find((e) => e.type === 'MTEXT' && e.layer === 'CF-安全出口-EXIT')?.text).toBe('安全出口');
    expect(r.entities.find((e) => e.type === 'MTEXT' && e.layer === 'CF-核心筒-CORE')?.text).toBe('电梯');
    const column = r.entities.find((e) => e.type === 'LWPOLYLINE' && e.layer === 'CF-柱-COLUMN');
    expect(samePolygon(column!.points!, [[4700, 8700], [5300, 8700], [5300, 9300], [4700, 9300]])).toBe(true);
    expect(r.counts['HATCH|CF-柱-COLUMN']).toBe(1);
  });
});

describe('floor A-3F of the sample park read back by ezdxf', () => {
  const parsed = parsePlan(readFileSync(new URL('../../public/samples/sample-park.callfloor.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('sample park does not parse');
  const plan = parsed.plan;
  const read = readOnce('a3f.dxf', () => floorToDxf(plan, 'A-3F', { locale: 'en' }));
  let r: EzdxfReport;
  beforeEach(() => {
    r = read();
  });

  it('has no audit errors', () => {
    expect(r.audit.errors).toEqual([]);
  });

  it('inserts as many desk blocks as the floor has seats, and every piece of equipment', () => {
    const building = plan.site.buildings.find((b) => b.id === 'A')!;
    const floor = building.floors.find((f) => f.id === 'A-3F')!;
    const seats = floorSeats(building, floor).seats;
    expect(seats).toBe(466);
    const desks = Object.entries(r.insertsByBlock).filter(([name]) => name.startsWith('CF_DESK_'));
    expect(desks.reduce((n, [, count]) => n + count, 0)).toBe(seats);
    expect(r.insertsByLayer).toMatchObject({
      'CF-工位-DESK': 466,
      'CF-灭火器-EXTINGUISHER': floor.extinguishers.length,
      'CF-探测器-DETECTOR': floor.detectors.length,
      'CF-喷头-SPRINKLER': floor.sprinklers.length,
      'CF-新风口-FRESH-AIR': floor.airTerminals.length,
    });
    // emergency luminaires go on their own layer, the others on the luminaire layer; none is lost
    const emergency = floor.luminaires.filter((l) => l.emergency === true).length;
    expect(r.insertsByLayer['CF-灯具-LUMINAIRE'] ?? 0).toBe(floor.luminaires.length - emergency);
    expect(r.insertsByLayer['CF-应急照明-EMERGENCY-LIGHT'] ?? 0).toBe(emergency);
    expect(r.insertsByLayer['CF-排烟口-SMOKE-EXHAUST'] ?? 0).toBe(floor.smokeExhausts.length);
    expect(r.insertsByLayer['CF-消火栓-HYDRANT'] ?? 0).toBe(floor.hydrants.length);
    expect((r.insertsByLayer['CF-安全出口标志-EXIT-SIGN'] ?? 0) + (r.insertsByLayer['CF-疏散指示标志-EVACUATION-SIGN'] ?? 0)).toBe(floor.exitSigns.length);
  });

  it('places wall A-3F-w1 (20.3,50.3)→(26.3,50.3), 0.1 m thick, in millimetres, cut by its 1 m door at x = 23.3 m', () => {
    const walls = r.entities.filter((e) => e.type === 'LWPOLYLINE' && e.layer === 'CF-墙体-WALL');
    expect(walls.some((w) => samePolygon(w.points!, [[20250, 50250], [22800, 50250], [22800, 50350], [20250, 50350]]))).toBe(true);
    expect(walls.some((w) => samePolygon(w.points!, [[23800, 50250], [26350, 50250], [26350, 50350], [23800, 50350]]))).toBe(true);
  });

  it('names its layers in Chinese and English and labels zones in Chinese', () => {
    for (const layer of Object.values(DXF_LAYERS)) expect(r.layers).toContain(layer.name);
    const zoneTexts = r.entities.filter((e) => e.type === 'MTEXT' && e.layer === 'CF-区域文字-ZONE-TEXT').map((e) => e.text);
    const floor = plan.site.buildings.find((b) => b.id === 'A')!.floors.find((f) => f.id === 'A-3F')!;
    expect(zoneTexts).toHaveLength(floor.zones.length);
    expect(zoneTexts).toContain('话务二区\n2790.0 m²\n456 seats');
    expect(r.entities.filter((e) => e.type === 'MTEXT' && e.layer === 'CF-安全出口-EXIT').map((e) => e.text)).toEqual(Array(5).fill('EXIT'));
  });
});

describe('callfloor export-dxf', () => {
  const planPath = join(dir, 'hand.callfloor.json');
  writeFileSync(planPath, JSON.stringify(handFloor()));
  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
  };

  it('writes the floor as DXF and says what it wrote', async () => {
    const c = capture();
    const out = join(dir, 'cli.dxf');
    expect(await exportDxfCommand([planPath, '--floor', 'T-1F', '--out', out], c.io)).toBe(0);
    expect(c.err).toEqual([]);
    expect(c.out.join('')).toContain('4 工位 / desks');
    expect(readFileSync(out, 'utf8')).toBe(floorToDxf(handFloor(), 'T-1F'));
  });

  it.each([
    [['--out', 'x.dxf'], '--floor'],
    [['--floor', 'T-1F'], '--out'],
    [['--floor', 'Z-9F', '--out', 'x.dxf'], 'T-1F'],
    [['--floor', 'T-1F', '--out', 'x.dxf', '--lang', 'fr'], '--lang'],
    [['--floor', 'T-1F', '--out', 'x.dxf', '--scale', '100'], '--scale'],
  ])('exits 2 with a bilingual message on bad input %j', async (args, mention) => {
    const c = capture();
    expect(await exportDxfCommand([planPath, ...args], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain(mention);
    expect(c.err.join('\n')).toMatch(/[\u4e00-\u9fff].* \/ [a-z-]/);
  });

  it('exits 2 when the output cannot be written', async () => {
    const c = capture();
    expect(await exportDxfCommand([planPath, '--floor', 'T-1F', '--out', join(dir, 'no-such-dir', 'x.dxf')], c.io)).toBe(2);
    expect(c.err.join('')).toContain('cannot write');
  });
});

/**
 * The hand floor with the fire-safety data of format version 3: a fire partition (0.2 m) from
 * (14, 6) to (17, 6), a safety-exit sign by the exit at (19, 5), an evacuation sign at (8, 5)
 * pointing north (90°), a smoke exhaust inlet at (5, 5), a "you are here" mark at (2, 8) named
 * 东侧大厅, and luminaire l1 made an emergency luminaire.
 */
function safetyFloor(): PlanDocument {
  const plan = handFloor();
  const floor = plan.site.buildings[0]!.floors[0]!;
  floor.walls.push({ id: 'w2', a: [14, 6], b: [17, 6], kind: 'fire-partition', thickness: 0.2, fireResistance: 2 });
  floor.exitSigns = [
    { id: 'es1', at: [19, 5], kind: 'exit' },
    { id: 'es2', at: [8, 5], kind: 'direction', rotation: 90 },
  ];
  floor.smokeExhausts = [{ id: 'se1', at: [5, 5] }];
  floor.evacuationMarks = [{ id: 'ym1', at: [2, 8], label: '东侧大厅' }];
  floor.luminaires[0]!.emergency = true;
  return plan;
}

describe('the fire-safety layer read back by ezdxf', () => {
  const read = readOnce('safety.dxf', () => floorToDxf(safetyFloor(), 'T-1F'));
  let r: EzdxfReport;
  beforeEach(() => {
    r = read();
  });

  it('passes the audit', () => {
    expect(r.audit.errors).toEqual([]);
    expect(r.audit.fixes).toEqual([]);
  });

  it('draws the fire partition on its own layer, 0.2 m thick and half its thickness longer at each end', () => {
    const bands = r.entities.filter((e) => e.type === 'LWPOLYLINE' && e.layer === 'CF-防火隔墙-FIRE-PARTITION');
    expect(bands).toHaveLength(1);
    expect(samePolygon(bands[0]!.points!, [[13900, 5900], [17100, 5900], [17100, 6100], [13900, 6100]])).toBe(true);
    expect(r.entities.some((e) => e.layer === 'CF-防火墙-FIRE-WALL')).toBe(false);
  });

  it('inserts each device on its own layer, a direction sign turned by its rotation', () => {
    expect(r.insertsByLayer).toMatchObject({
      'CF-安全出口标志-EXIT-SIGN': 1,
      'CF-疏散指示标志-EVACUATION-SIGN': 1,
      'CF-排烟口-SMOKE-EXHAUST': 1,
      'CF-您所在位置-YOU-ARE-HERE': 1,
      'CF-应急照明-EMERGENCY-LIGHT': 1,
      'CF-灯具-LUMINAIRE': 1,
    });
    const at = (name: string) => r.insertSamples.filter((e) => e.name === name).map((e) => [e.layer, e.at, e.rotation]);
    expect(at('CF_EXIT_SIGN')).toEqual([['CF-安全出口标志-EXIT-SIGN', [19000, 5000], 0]]);
    expect(at('CF_DIRECTION_SIGN')).toEqual([['CF-疏散指示标志-EVACUATION-SIGN', [8000, 5000], 90]]);
    expect(at('CF_SMOKE_EXHAUST')).toEqual([['CF-排烟口-SMOKE-EXHAUST', [5000, 5000], 0]]);
    expect(at('CF_EMERGENCY_LUMINAIRE')).toEqual([['CF-应急照明-EMERGENCY-LIGHT', [7000, 7000], 0]]);
    expect(at('CF_LUMINAIRE')).toEqual([['CF-灯具-LUMINAIRE', [7000, 3000], 0]]);
  });

  it('labels the "you are here" mark 0.7 m under it', () => {
    const labels = r.entities.filter((e) => e.type === 'MTEXT' && e.layer === 'CF-您所在位置-YOU-ARE-HERE');
    expect(labels.map((e) => [e.text, e.at])).toEqual([['东侧大厅', [2000, 7300]]]);
  });

  it('draws the symbols in millimetres as on screen: a 600 × 250 sign plate, the arrow tip 220 mm along x, the exhaust square crossed', () => {
    const sign = r.blocks['CF_DIRECTION_SIGN']!;
    expect(samePolygon(sign[0]!.points!, [[-300, -125], [300, -125], [300, 125], [-300, 125]])).toBe(true);
    expect(sign[1]!.points).toContainEqual([220, 0]);
    const exhaust = r.blocks['CF_SMOKE_EXHAUST']!;
    expect(exhaust.filter((e) => e.type === 'LWPOLYLINE').map((e) => e.points)).toEqual([[[-250, -250], [250, -250], [250, 250], [-250, 250]]]);
    // the square's own edges are not drawn twice: only the two diagonals are lines
    expect(exhaust.filter((e) => e.type === 'LINE').map((e) => e.points)).toEqual([[[-250, -250], [250, 250]], [[-250, 250], [250, -250]]]);
    expect(r.blocks['CF_EMERGENCY_LUMINAIRE']!.filter((e) => e.type === 'CIRCLE').map((e) => e.radius)).toEqual([150, 500]);
  });
});
