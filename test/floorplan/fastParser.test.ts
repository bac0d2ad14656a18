// The fast parser must agree with zod on every input: the same verdict, and for a valid document
// the same output, key order included. A pass where zod fails would be a false pass of a plan file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fastParser, UnsupportedSchemaError } from '../../src/floorplan/format/fastParser.ts';
import { floorSchema, planSchema } from '../../src/floorplan/format/schema.ts';
import { FLOOR_COLLECTIONS } from '../../src/floorplan/types.ts';

type Json = Record<string, unknown>;

/** The small-floor sample cut to 3 elements a list, with every optional part of the format filled in. */
function richPlan(): Json {
  const plan = JSON.parse(readFileSync(new URL('../../public/samples/small-floor.callfloor.json', import.meta.url), 'utf8')) as Json;
  const site = plan['site'] as Json;
  const building = (site['buildings'] as Json[])[0]!;
  Object.assign(building, { sprinklerHazard: 'ordinary-2', storeys: 4, phase: 'P1' });
  const floor = (building['floors'] as Json[])[0]!;
  for (const c of FLOOR_COLLECTIONS) floor[c] = (floor[c] as unknown[]).slice(0, 3);
  (floor['zones'] as Json[]).push({ id: 'wc', name: 'WC', use: 'toilet', polygon: [[0, 0], [2, 0], [2, 2]], beds: 0, femaleShare: 0.5, fixtures: { femaleWc: 2, maleWc: 1, urinals: 1, basins: 2 } });
  (floor['walls'] as Json[]).push({ id: 'fw', a: [0, 0], b: [5, 0], kind: 'fire-partition', height: 3, thickness: 0.2, fireResistance: 2 });
  (floor['exits'] as Json[]).push({ id: 'ex', at: [1, 0], width: 1.2, kind: 'stair', flightWidth: 1.3 });
  (floor['cores'] as Json[]).push({ id: 'co', polygon: [[0, 0], [3, 0], [3, 3]], kind: 'stair', enclosure: 'smoke-proof', flightWidth: 1.2 });
  (floor['columns'] as Json[]).push({ id: 'col', polygon: [[0, 0], [1, 0], [1, 1]] });
  (floor['exitSigns'] as Json[]).push({ id: 'sg', at: [1, 1], kind: 'direction', rotation: 90, lastInspected: '2026-01-02' });
  (floor['evacuationMarks'] as Json[]).push({ id: 'ev', at: [1, 1], label: 'Lobby' });
  floor['grossArea'] = 1200;
  floor['phase'] = 'P1';
  floor['underlay'] = {
    kind: 'dxf',
    drawing: { hash: 'sha256:' + 'a'.repeat(64), bytes: 12, name: 'a.dxf', mime: 'image/vnd.dxf' },
    source: '0\nEOF\n',
    origin: [0, 0],
    scale: 0.001,
    rotation: 0,
    opacity: 0.5,
    locked: true,
    visible: true,
    hiddenLayers: ['TEXT'],
  };
  site['controls'] = { maxFar: 2, maxCoverage: 0.4, minGreenRatio: 0.3, maxHeight: 50, minSetback: 5 };
  plan['profile'] = { base: 'intl', overrides: { 'fire.x': 1, 'y': 'text', 'z': true } };
  plan['reviews'] = [{ findingKey: 'r|f|e', decision: 'accepted', note: 'n', by: 'b', at: '2026-01-01T10:00', owner: 'o', due: '2026-02-01' }];
  plan['proposals'] = [{ id: 'alt', name: 'Alt', note: 'n', site: JSON.parse(JSON.stringify(site)) }];
  plan['activeProposal'] = { id: 'base', name: 'Base', note: 'n' };
  plan['costs'] = { currency: 'CNY', fitOutPerM2: 1, rentPerM2Month: 2, equipmentPerSeat: 3, landCost: 4, constructionPerM2: 5, fitOutPerSeat: 6, rentFreeMonths: 2, utilitiesPerSeatMonth: 7, staffPerSeatMonth: 8 };
  plan['tenants'] = [{ id: 't', name: 'T', floorIds: ['S-1F'], zoneIds: [], seats: 10, leaseStart: '2026-01-01', leaseEnd: '2027-01-01', rentPerSeatMonth: 100 }];
  plan['phases'] = [{ id: 'P1', name: '一期', start: '2026-01-01', end: '2026-12-31' }];
  plan['inspections'] = [{ id: 'i', deviceId: 'd', date: '2026-03-01', result: 'defect', by: 'b', note: 'n' }];
  plan['presentation'] = false;
  plan['demand'] = [
    {
      id: 'dm',
      name: 'D',
      scope: { buildingId: 'S', floorId: 'S-1F', tenantId: 't' },
      intervals: [{ start: '09:00', callsPerHour: 100 }],
      ahtSeconds: 180,
      serviceLevel: { percent: 80, seconds: 20 },
      shrinkage: 0.3,
      maxOccupancy: 0.85,
      hoursOfOperation: { open: '08:00', close: '24:00' },
      shiftHours: 8,
      shiftOverlapHours: 0.5,
    },
  ];
  plan['extension'] = { kept: [1, 2] };
  return plan;
}

/** Same value and same key order, undefined-valued keys included (JSON.stringify would drop them). */
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a !== null && typeof a === 'object') {
    if (b === null || typeof b !== 'object' || Array.isArray(b)) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && same((a as Json)[k], (b as Json)[k]));
  }
  return Object.is(a, b);
}

const parseFast = fastParser(planSchema);
/** the way parsePlan reads its own JSON.parse output: objects already in zod's form are kept, not copied */
const parseReusing = fastParser(planSchema, { reuse: true });

/** Both ways of the fast parser against zod: the same verdict and, for a valid document, the same output. */
function agree(doc: unknown, options: { reuse: boolean } = { reuse: true }): { zodOk: boolean } {
  const slow = planSchema.safeParse(doc);
  const ways = options.reuse ? [parseFast, parseReusing] : [parseFast];
  for (const parse of ways) {
    const fast = parse(doc);
    expect(fast !== undefined, 'verdict').toBe(slow.success);
    if (slow.success) expect(same(fast, slow.data), 'output').toBe(true);
  }
  return { zodOk: slow.success };
}

/** The object with its keys in another order (reversed, or the first moved last). */
function reordered(o: Json, reverse: boolean): Json {
  const keys = Object.keys(o);
  const order = reverse ? keys.reverse() : [...keys.slice(1), keys[0]!];
  return Object.fromEntries(order.map((k) => [k, o[k]]));
}

/** Every object and array in the document with the way back to it: [holder, key]. */
function slots(doc: unknown): [Json | unknown[], string | number][] {
  const out: [Json | unknown[], string | number][] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach((x, i) => (out.push([v, i]), walk(x)));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) (out.push([v as Json, k]), walk(x));
  };
  walk(doc);
  return out;
}

const ODD_VALUES: unknown[] = [
  undefined, null, NaN, Infinity, -Infinity, -1, 0, -0, 0.5, 1, 2, 4, 5, 24, 99.5, 100, 2 ** 60, 1e300, '', 'x', '😀', 'solid', 'fire', 'toilet', 'agent', 'gb',
  'stair', 'exit', '2026-02-30', '2026-01-01', '24:00', '25:00', 'CNY', 'cny', 'sha256:' + 'b'.repeat(64), true, false, [], [1], [1, 2], [1, 2, 3], ['a', 'b'], [[0, 0], [1, 0], [1, 1]], {}, { id: 'q' },
];

describe('fastParser agrees with zod', () => {
  it('on the valid rich document, unknown fields and their order kept', () => {
    const plan = richPlan();
    expect(agree(plan).zodOk).toBe(true);
    const out = parseFast(plan) as unknown as Json;
    expect(out['extension']).toEqual({ kept: [1, 2] });
    expect(Object.keys(out).at(-1)).toBe('extension');
  });

  it('on 1,200 documents each broken in one place (a value replaced, a field dropped or added)', () => {
    let seed = 12345;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const base = JSON.stringify(richPlan());
    let rejected = 0;
    for (let n = 0; n < 1200; n++) {
      const doc = JSON.parse(base) as Json;
      const all = slots(doc);
      const [holder, key] = all[Math.floor(random() * all.length)]!;
      const how = random();
      if (how < 0.7) (holder as Json)[key] = ODD_VALUES[Math.floor(random() * ODD_VALUES.length)];
      else if (how < 0.85 && !Array.isArray(holder)) delete holder[key];
      else if (Array.isArray(holder)) holder.pop();
      else holder['zzExtra'] = n;
      if (!agree(doc).zodOk) rejected++;
    }
    // most breaks are real breaks: the comparison covers rejections, not only passes
    expect(rejected).toBeGreaterThan(600);
  });

  it('on values JSON cannot hold and odd objects', () => {
    const floorOf = (p: Json): Json => (((p['site'] as Json)['buildings'] as Json[])[0]!['floors'] as Json[])[0]!;
    const deskOf = (p: Json): Json => (floorOf(p)['workstations'] as Json[])[0]!;
    const edits: ((p: Json) => unknown)[] = [
      (p) => (deskOf(p)['rotation'] = NaN),
      (p) => (deskOf(p)['rotation'] = Infinity),
      (p) => (deskOf(p)['at'] = [1, 2n]),
      (p) => (deskOf(p)['at'] = Object.assign([1, 2], { extra: 3 })),
      (p) => (deskOf(p)['at'] = new Array(2)),
      (p) => (deskOf(p)['role'] = undefined),
      (p) => (deskOf(p)['id'] = new String('x')),
      (p) => (floorOf(p)['grossArea'] = undefined),
      (p) => (floorOf(p)['underlay'] = undefined),
      (p) => Object.setPrototypeOf(deskOf(p), { inherited: 1 }),
      (p) => Object.setPrototypeOf(deskOf(p), { id: 'from-proto' }),
      (p) => delete deskOf(p)['id'] && Object.setPrototypeOf(deskOf(p), { id: 'from-proto' }),
      (p) => Object.defineProperty(deskOf(p), 'hidden', { value: 1, enumerable: false }),
      (p) => ((p['profile'] as Json)['overrides'] = new Map()),
      (p) => ((p['profile'] as Json)['overrides'] = Object.create(null)),
      (p) => ((p['profile'] as Json)['overrides'] = { [Symbol('s')]: 1 }),
      (p) => ((p['profile'] as Json)['overrides'] = JSON.parse('{"__proto__": 1, "a": 2}')),
      (p) => (p['site'] = JSON.parse(JSON.stringify(p['site']).replace('"boundary"', '"__proto__":{"x":1},"boundary"'))),
      (p) => ((p['tenants'] as Json[])[0]!['seats'] = 1.5),
      (p) => ((p['tenants'] as Json[])[0]!['seats'] = 2 ** 53),
      (p) => ((p['reviews'] as Json[])[0]!['findingKey'] = '\ud83d'),
      (p) => ((p['reviews'] as Json[])[0]!['findingKey'] = '😀'),
      (p) => ((p['demand'] as Json[])[0]!['intervals'] = []),
    ];
    const verdicts = edits.map((edit) => {
      const plan = richPlan();
      edit(plan);
      return agree(plan).zodOk;
    });
    // hand-checked: NaN, Infinity, a bigint, holes, a missing role, a String object, a Map are rejected
    expect(verdicts.slice(0, 7)).toEqual([false, false, false, true, false, false, false]);
    expect(verdicts.filter((ok) => ok).length).toBeGreaterThan(8);
  });
});

describe('fastParser on objects whose keys are in another order', () => {
  it('agrees with zod on 300 documents, extra keys added to some', () => {
    let seed = 777;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const base = JSON.stringify(richPlan());
    for (let n = 0; n < 300; n++) {
      const doc = JSON.parse(base) as Json;
      const objects = slots(doc).filter(([h, k]) => {
        const v = (h as Json)[k as string];
        return v !== null && typeof v === 'object' && !Array.isArray(v);
      });
      for (let m = 0; m < 3; m++) {
        const [holder, key] = objects[Math.floor(random() * objects.length)]!;
        const target = (holder as Json)[key as string] as Json;
        if (random() < 0.3) target['zzExtra'] = m;
        (holder as Json)[key as string] = reordered(target, random() < 0.5);
      }
      expect(agree(doc).zodOk).toBe(true);
    }
  });
});

describe('fastParser on unknown keys among the known ones', () => {
  it('agrees with zod on 300 documents with an unknown key put before, between or after the fields', () => {
    let seed = 4242;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const base = JSON.stringify(richPlan());
    let moved = 0;
    for (let n = 0; n < 300; n++) {
      const doc = JSON.parse(base) as Json;
      // every object but the record of profile overrides, whose values must be numbers, strings or booleans
      const objects = slots(doc).filter(([h, k]) => {
        const v = (h as Json)[k as string];
        return v !== null && typeof v === 'object' && !Array.isArray(v) && k !== 'overrides';
      });
      for (let m = 0; m < 3; m++) {
        const [holder, key] = objects[Math.floor(random() * objects.length)]!;
        const entries = Object.entries((holder as Json)[key as string] as Json);
        const at = Math.floor(random() * (entries.length + 1));
        if (at < entries.length) moved++;
        entries.splice(at, 0, [`zz${m}`, { n, m }]);
        (holder as Json)[key as string] = Object.fromEntries(entries);
      }
      expect(agree(doc).zodOk).toBe(true);
    }
    // most of them stand before a known field: zod moves those after the fields
    expect(moved).toBeGreaterThan(600);
  });

  it('keeps the objects of a document already in zod\'s form, and copies only what zod changes', () => {
    const plan = JSON.parse(JSON.stringify(richPlan())) as Json;
    const reused = parseReusing(plan) as unknown as Json;
    // the desks are in zod's key order: kept as they are
    const floorOf = (p: Json): Json => (((p['site'] as Json)['buildings'] as Json[])[0]!['floors'] as Json[])[0]!;
    expect((floorOf(reused)['workstations'] as Json[])[0]).toBe((floorOf(plan)['workstations'] as Json[])[0]);
    // a desk whose keys stand in another order is zod's copy, and so is every object holding it
    const desks = floorOf(plan)['workstations'] as Json[];
    desks[1] = reordered(desks[1]!, true);
    const again = parseReusing(plan) as unknown as Json;
    expect((floorOf(again)['workstations'] as Json[])[1]).not.toBe(desks[1]);
    expect(Object.keys((floorOf(again)['workstations'] as Json[])[1]!)).toEqual(['id', 'at', 'rotation', 'size', 'role']);
    expect((floorOf(again)['workstations'] as Json[])[0]).toBe(desks[0]);
    expect(again['site']).not.toBe(plan['site']);
    // the copying way copies everything
    const copied = parseFast(plan) as unknown as Json;
    expect((floorOf(copied)['workstations'] as Json[])[0]).not.toBe(desks[0]);
    expect(same(copied, again)).toBe(true);
  });

  it('copies when Object.prototype has gained a field, as zod reads it through every object', () => {
    const plan = JSON.parse(JSON.stringify(richPlan())) as Json;
    const proto = Object.prototype as Json;
    try {
      proto['grossArea'] = 5;
      const slow = planSchema.safeParse(plan);
      expect(slow.success).toBe(true);
      const fast = parseReusing(plan) as unknown as Json;
      expect(same(fast, slow.data)).toBe(true);
      // zod gave every floor the inherited grossArea as its own
      const floor = (((fast['site'] as Json)['buildings'] as Json[])[0]!['floors'] as Json[])[0]!;
      expect(Object.keys(floor)).toContain('grossArea');
    } finally {
      delete proto['grossArea'];
    }
  });
});

describe('fastParser watching a schema', () => {
  const floorsOf = (p: Json): Json[] => ((p['site'] as Json)['buildings'] as Json[]).flatMap((b) => b['floors'] as Json[]);

  it('tells each parsed floor once, the object that stands in the output, both ways', () => {
    for (const reuse of [false, true]) {
      const parse = fastParser(planSchema, { reuse, watch: [floorSchema] });
      const plan = JSON.parse(JSON.stringify(richPlan())) as Json;
      // keys out of zod's order around the floors: the building and the plan are copied, the floors parsed once
      const building = ((plan['site'] as Json)['buildings'] as Json[])[0]!;
      ((plan['site'] as Json)['buildings'] as Json[])[0] = reordered(building, true);
      const told: unknown[] = [];
      const out = parse(plan, (schema, value) => {
        expect(schema).toBe(floorSchema);
        told.push(value);
      }) as unknown as Json;
      const proposalFloors = ((out['proposals'] as Json[])[0]!['site'] as Json)['buildings'] as Json[];
      const expected = [...floorsOf(out), ...proposalFloors.flatMap((b) => b['floors'] as Json[])];
      expect(told.length).toBe(expected.length);
      expect(new Set(told)).toEqual(new Set(expected));
    }
  });

  it('tells nothing without a watcher, and a rejected document still gets no output', () => {
    const parse = fastParser(planSchema, { reuse: true, watch: [floorSchema] });
    const plan = JSON.parse(JSON.stringify(richPlan())) as Json;
    expect(parse(plan)).toBeDefined();
    floorsOf(plan)[0]!['height'] = -1;
    let told = 0;
    expect(parse(plan, () => told++)).toBeUndefined();
    expect(told).toBe(0);
  });
});

describe('fastParser refuses what it does not know', () => {
  it('throws when built for a construct or check it does not mirror', () => {
    for (const schema of [
      z.object({ a: z.string().email() }),
      z.object({ a: z.number().multipleOf(2) }),
      z.object({ a: z.date() }),
      z.object({ a: z.string().default('x') }),
      z.object({ a: z.number().transform((n) => n * 2) }),
      z.object({ a: z.array(z.number()).length(2) }),
      z.object({ a: z.tuple([z.number()], z.string()) }),
      z.object({ a: z.string().refine((s) => s.length > 1) }),
      z.object({ a: z.object({ b: z.number() }).catchall(z.string()) }),
    ]) {
      expect(() => fastParser(schema)).toThrow(UnsupportedSchemaError);
    }
  });
});
