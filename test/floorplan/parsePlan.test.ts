import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan, parsePlanValue } from '../../src/floorplan/format/parsePlan.ts';
import { serializePlan } from '../../src/floorplan/format/serializePlan.ts';
import { describeProblem } from '../../src/floorplan/format/problems.ts';
import { examplePlan, SAMPLES_DIR, sampleText } from '../fixtures/plans.ts';

type Mutator = (doc: any) => unknown;

/** Each bad document: what is broken, the exact path and the message expected (en and zh-CN). */
const BAD_DOCUMENTS: { name: string; mutate: Mutator; path: string; en: string; zh: string }[] = [
  {
    name: 'self-intersecting zone',
    mutate: (d) => (d.site.buildings[0].floors[0].zones[1].polygon = [[60, 20.2], [79.8, 49.8], [79.8, 20.2], [60, 49.8]]),
    path: 'site.buildings[0].floors[0].zones[1].polygon',
    en: 'self-intersecting near (69.9, 35): edge 0 crosses edge 2',
    zh: '边界自相交（约在 (69.9, 35)）：第 0 条边与第 2 条边相交',
  },
  {
    name: 'negative door width',
    mutate: (d) => (d.site.buildings[0].floors[0].doors[0].width = -1),
    path: 'site.buildings[0].floors[0].doors[0].width',
    en: 'must be > 0, found -1',
    zh: '应 > 0，实际为 -1',
  },
  {
    name: 'missing outline',
    mutate: (d) => delete d.site.buildings[0].floors[0].outline,
    path: 'site.buildings[0].floors[0].outline',
    en: 'required field is missing',
    zh: '缺少必填字段',
  },
  {
    name: 'polygon with two points',
    mutate: (d) => (d.site.green[0] = [[10, 100], [60, 100]]),
    path: 'site.green[0]',
    en: 'a polygon needs at least 3 points, found 2',
    zh: '多边形至少需要 3 个点，实际 2 个',
  },
  {
    name: 'collinear polygon',
    mutate: (d) => (d.site.buildings[0].footprint = [[20, 20], [50, 20], [80, 20]]),
    path: 'site.buildings[0].footprint',
    en: 'zero area (the points are collinear)',
    zh: '面积为零（各点共线）',
  },
  {
    name: 'point with three numbers',
    mutate: (d) => (d.site.buildings[0].floors[0].workstations[0].at = [30, 30, 1]),
    path: 'site.buildings[0].floors[0].workstations[0].at',
    en: 'a point needs 2 numbers [x, y], found 3',
    zh: '坐标应为 [x, y] 两个数字，实际有 3 个',
  },
  {
    name: 'coordinate as text',
    mutate: (d) => (d.site.buildings[0].floors[0].exits[0].at = ['20.2', 35]),
    path: 'site.buildings[0].floors[0].exits[0].at[0]',
    en: 'expected a number, found text',
    zh: '应为数字，实际为文本',
  },
  {
    name: 'unknown zone use',
    mutate: (d) => (d.site.buildings[0].floors[0].zones[0].use = 'office'),
    path: 'site.buildings[0].floors[0].zones[0].use',
    en: '"office" is not allowed; use one of "work", "management", "rest", "meeting", "training", "canteen", "dormitory", "server", "power", "cabling", "toilet", "corridor", "storage"',
    zh: '取值 "office" 无效，应为 "work", "management", "rest", "meeting", "training", "canteen", "dormitory", "server", "power", "cabling", "toilet", "corridor", "storage" 之一',
  },
  {
    name: 'bad wall kind',
    mutate: (d) => (d.site.buildings[0].floors[0].walls[0].kind = 'brick'),
    path: 'site.buildings[0].floors[0].walls[0].kind',
    en: '"brick" is not allowed; use one of "solid", "glass", "fire", "fire-partition"',
    zh: '取值 "brick" 无效，应为 "solid", "glass", "fire", "fire-partition" 之一',
  },
  {
    name: 'fire resistance grade 5',
    mutate: (d) => (d.site.buildings[0].fireResistanceGrade = 5),
    path: 'site.buildings[0].fireResistanceGrade',
    en: '5 is not allowed; use one of 1, 2, 3, 4',
    zh: '取值 5 无效，应为 1, 2, 3, 4 之一',
  },
  {
    name: 'openable fraction above 1',
    mutate: (d) => (d.site.buildings[0].floors[0].windows[0].openable = 1.5),
    path: 'site.buildings[0].floors[0].windows[0].openable',
    en: 'must be ≤ 1, found 1.5',
    zh: '应 ≤ 1，实际为 1.5',
  },
  {
    name: 'duplicate id',
    mutate: (d) => (d.site.buildings[0].floors[0].luminaires[0].id = 's1'),
    path: 'site.buildings[0].floors[0].luminaires[0].id',
    en: 'duplicate id "s1" (first used at site.buildings[0].floors[0].workstations[0])',
    zh: 'id "s1" 重复（首次出现于 site.buildings[0].floors[0].workstations[0]）',
  },
  {
    name: 'door on a wall that does not exist',
    mutate: (d) => (d.site.buildings[0].floors[0].doors[0].wall = 'w9'),
    path: 'site.buildings[0].floors[0].doors[0].wall',
    en: 'refers to wall "w9", which is not on this floor',
    zh: '引用的墙 "w9" 在本层不存在',
  },
  {
    name: 'impossible inspection date',
    mutate: (d) => (d.site.buildings[0].floors[0].extinguishers[0].lastInspected = '2026-02-30'),
    path: 'site.buildings[0].floors[0].extinguishers[0].lastInspected',
    en: '"2026-02-30" is not a real date',
    zh: '日期 "2026-02-30" 不存在',
  },
  {
    name: 'date not ISO',
    mutate: (d) => (d.site.buildings[0].floors[0].extinguishers[0].lastInspected = '05/01/2026'),
    path: 'site.buildings[0].floors[0].extinguishers[0].lastInspected',
    en: 'a date must be ISO YYYY-MM-DD, found "05/01/2026"',
    zh: '日期应为 ISO 格式 YYYY-MM-DD，实际为 "05/01/2026"',
  },
  {
    name: 'window head below sill',
    mutate: (d) => (d.site.buildings[0].floors[0].windows[0].head = 0.5),
    path: 'site.buildings[0].floors[0].windows[0].head',
    en: 'head 0.5 m must be above the sill 0.9 m',
    zh: '窗顶高度 0.5 m 应高于窗台 0.9 m',
  },
  {
    name: 'level not a whole number',
    mutate: (d) => (d.site.buildings[0].floors[0].level = 2.5),
    path: 'site.buildings[0].floors[0].level',
    en: 'expected a whole number, found the number 2.5',
    zh: '应为整数，实际为数字 2.5',
  },
  {
    name: 'newer format version',
    mutate: (d) => (d.version = 7),
    path: 'version',
    en: 'this file was made by a newer Callfloor (format version 7); this one reads versions up to 3',
    zh: '此文件由更新版本的 Callfloor 创建（格式版本 7），本程序只能读取 3 及以下版本',
  },
  {
    name: 'foreign JSON file',
    mutate: (d) => (d.format = 'geojson'),
    path: 'format',
    en: 'not a Callfloor plan file (format is "geojson")',
    zh: '不是 Callfloor 方案文件（format 为 "geojson"）',
  },
  {
    name: 'clear height above floor height',
    mutate: (d) => (d.site.buildings[0].floors[0].clearHeight = 5),
    path: 'site.buildings[0].floors[0].clearHeight',
    en: 'clear height 5 m exceeds the floor-to-floor height 4.2 m',
    zh: '净高 5 m 大于层高 4.2 m',
  },
];

describe('parsePlan on bad documents', () => {
  it.each(BAD_DOCUMENTS)('reports $name at its path', ({ mutate, path, en, zh }) => {
    const doc = examplePlan();
    mutate(doc);
    const result = parsePlan(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const found = result.problems.find((p) => p.path === path);
    expect(found, result.problems.map(describeProblem).join('\n')).toBeDefined();
    expect(found!.message.en).toBe(en);
    expect(found!.message['zh-CN']).toBe(zh);
  });
});

describe('parsePlan on text that is not a plan', () => {
  const cases: [string, unknown, string][] = [
    ['empty file', '', 'the file is empty'],
    ['truncated JSON', '{"format": "callfloor", "version": 1, "site": {', 'not valid JSON: the file ends too early at line 1 (truncated?)'],
    ['a syntax error on line 3', '{\n "format": "callfloor",\n "version": x\n}', 'not valid JSON: error at line 3, column 13 (InvalidSymbol)'],
    ['an array at the top', '[1, 2, 3]', 'not a Callfloor plan (the top level must be a JSON object)'],
    ['a number', '42', 'not a Callfloor plan (the top level must be a JSON object)'],
    ['not text at all', 42, 'the file is not text'],
    ['no format field', '{"name": "x"}', 'not a Callfloor plan file (no "format" field)'],
    ['version missing', '{"format": "callfloor"}', 'the format version is missing'],
  ];
  it.each(cases)('%s', (_name, input, message) => {
    const result = parsePlan(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message.en).toBe(message);
  });

  it('never throws on 5 MB of random characters', () => {
    let s = '';
    const chars = '{}[]":,0123456789abcdefXYZ \n\t\\é中';
    for (let i = 0; i < 5_000_000; i++) s += chars[(i * 7919) % chars.length];
    const result = parsePlan(s);
    expect(result.ok).toBe(false);
  });

  it('lists at most 200 problems and says how many more there are', () => {
    const doc = examplePlan();
    const floor = doc.site.buildings[0]!.floors[0]!;
    floor.workstations = Array.from({ length: 300 }, (_, i) => ({ id: `s${i}`, at: [1, 2], rotation: 0, size: [-1, 0.7], role: 'agent' })) as any;
    const result = parsePlan(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(201);
    expect(result.problems[200]!.message.en).toBe('100 more problems not listed');
  });
});

describe('round trip', () => {
  const samples = readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.callfloor.json'));
  it.each(samples)('%s loads with no problems and saves back equal', (file) => {
    const first = parsePlan(sampleText(file));
    expect(first.ok, first.ok ? '' : first.problems.slice(0, 5).map(describeProblem).join('\n')).toBe(true);
    if (!first.ok) return;
    const again = parsePlan(serializePlan(first.plan));
    expect(again.ok).toBe(true);
    if (again.ok) expect(again.plan).toEqual(first.plan);
  });

  it('keeps unknown fields on load and writes them back', () => {
    const doc = examplePlan() as any;
    doc.vendorData = { tool: 'x', n: 1 };
    doc.site.buildings[0].floors[0].walls[0].acoustic = 'Rw 42';
    const result = parsePlanValue(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const text = serializePlan(result.plan);
    const back = JSON.parse(text);
    expect(back.vendorData).toEqual({ tool: 'x', n: 1 });
    expect(back.site.buildings[0].floors[0].walls[0].acoustic).toBe('Rw 42');
  });

  it('accepts a byte-order mark', () => {
    expect(parsePlan('\ufeff' + sampleText('example.callfloor.json')).ok).toBe(true);
  });

  it('writes a compact single line when asked', () => {
    const r = parsePlan(sampleText('example.callfloor.json'));
    if (!r.ok) throw new Error('example must parse');
    const text = serializePlan(r.plan, { indent: 0 });
    expect(text.trimEnd().includes('\n')).toBe(false);
  });
});
