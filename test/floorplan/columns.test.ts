// Structural columns in the plan format: the v1 → v2 migration, the schema and semantic checks,
// the serializer's version, and the column box helpers.
import { describe, expect, it } from 'vitest';
import { addColumns, addSafetyDevices, CURRENT_VERSION, migrate } from '../../src/floorplan/format/migrations.ts';
import { parsePlan } from '../../src/floorplan/format/parsePlan.ts';
import { serializePlan } from '../../src/floorplan/format/serializePlan.ts';
import { columnBox, columnRectangle, reshapeColumn } from '../../src/floorplan/geometry/columns.ts';
import { SAMPLES_DIR, sampleText } from '../fixtures/plans.ts';

/** The spec example as raw JSON (format version 1: floors without `columns`). */
function rawExample(): any {
  return JSON.parse(sampleText('example.callfloor.json'));
}

describe('format version 2: columns', () => {
  it('is older than the current version (3 added safety devices)', () => {
    expect(CURRENT_VERSION).toBe(3);
  });

  it('migrates a version 1 file: every floor of the site and of each proposal gets columns: [], unknown fields kept', () => {
    const v1 = rawExample();
    expect(v1.version).toBe(1);
    expect('columns' in v1.site.buildings[0].floors[0]).toBe(false);
    v1.site.buildings[0].floors[0].extra = { kept: true };
    v1.whatever = 'kept';
    v1.proposals = [{ id: 'b', name: 'B', site: structuredClone(v1.site) }, 'not an object'];
    const result = migrate(v1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.applied).toEqual([addColumns.name, addSafetyDevices.name]);
    const doc = result.doc as any;
    expect(doc.version).toBe(CURRENT_VERSION);
    expect(doc.whatever).toBe('kept');
    expect(doc.site.buildings[0].floors[0].columns).toEqual([]);
    expect(doc.site.buildings[0].floors[0].extra).toEqual({ kept: true });
    expect(doc.proposals[0].site.buildings[0].floors[0].columns).toEqual([]);
    expect(doc.proposals[1]).toBe('not an object');
    // the input is not changed
    expect('columns' in v1.site.buildings[0].floors[0]).toBe(false);
  });

  it('keeps a columns list a version 1 file already has (written by a newer tool as an extension)', () => {
    const v1 = rawExample();
    const columns = [{ id: 'k1', polygon: [[30, 40], [31, 40], [31, 41], [30, 41]] }];
    v1.site.buildings[0].floors[0].columns = columns;
    const result = migrate(v1);
    expect(result.ok && (result.doc as any).site.buildings[0].floors[0].columns).toEqual(columns);
  });

  it('never throws on odd shapes: a site without buildings, buildings without floors, floors that are not objects', () => {
    for (const doc of [
      { version: 1 },
      { version: 1, site: null },
      { version: 1, site: { buildings: 'x' } },
      { version: 1, site: { buildings: [null, { floors: 3 }, { floors: [7, null] }] } },
      { version: 1, proposals: {} },
    ]) {
      expect(() => addColumns.up(doc)).not.toThrow();
    }
    const up = addColumns.up({ version: 1, site: { buildings: [{ floors: [7, {}] }] } }) as any;
    expect(up.site.buildings[0].floors).toEqual([7, { columns: [] }]);
  });

  it('opens the version 1 spec example, and saves it at the current version', () => {
    const parsed = parsePlan(sampleText('example.callfloor.json'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.migrated).toEqual([addColumns.name, addSafetyDevices.name]);
    expect(parsed.plan.version).toBe(CURRENT_VERSION);
    expect(parsed.plan.site.buildings[0]!.floors[0]!.columns).toEqual([]);
    const text = serializePlan(parsed.plan);
    expect(JSON.parse(text).version).toBe(CURRENT_VERSION);
    const again = parsePlan(text);
    expect(again.ok && again.migrated).toEqual([]);
    expect(again.ok && again.plan).toEqual(parsed.plan);
  });

  it('the serializer writes the current version even for a document built as version 1', () => {
    const parsed = parsePlan(sampleText('example.callfloor.json'));
    if (!parsed.ok) throw new Error('example does not parse');
    expect(JSON.parse(serializePlan({ ...parsed.plan, version: 1 })).version).toBe(CURRENT_VERSION);
  });

  it('the shipped generated samples are at the current version with an empty columns list on every floor', () => {
    for (const name of ['sample-park.callfloor.json', 'small-floor.callfloor.json']) {
      const raw = JSON.parse(sampleText(name));
      expect(raw.version, name).toBe(CURRENT_VERSION);
      for (const b of raw.site.buildings) for (const f of b.floors) expect(f.columns, `${name} ${f.id}`).toEqual([]);
    }
    expect(SAMPLES_DIR).toContain('samples');
  });
});

describe('columns in the schema and the semantic checks', () => {
  function v2(mutate: (floor: any) => void): string {
    const parsed = parsePlan(sampleText('example.callfloor.json'));
    if (!parsed.ok) throw new Error('example does not parse');
    const doc = structuredClone(parsed.plan) as any;
    mutate(doc.site.buildings[0].floors[0]);
    return JSON.stringify(doc);
  }
  const square = [[40, 40], [40.6, 40], [40.6, 40.6], [40, 40.6]];

  it('accepts a rectangular and a round (polygon) column', () => {
    const round = Array.from({ length: 16 }, (_, i) => [50 + 0.3 * Math.cos((i * Math.PI) / 8), 40 + 0.3 * Math.sin((i * Math.PI) / 8)]);
    const r = parsePlan(v2((f) => (f.columns = [{ id: 'k1', polygon: square }, { id: 'k2', polygon: round }])));
    expect(r.ok).toBe(true);
    expect(r.ok && r.plan.site.buildings[0]!.floors[0]!.columns.map((c) => c.id)).toEqual(['k1', 'k2']);
  });

  it('requires columns on a version 2 floor', () => {
    const r = parsePlan(v2((f) => delete f.columns));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => [p.path, p.message.en])).toEqual([['site.buildings[0].floors[0].columns', 'required field is missing']]);
  });

  it('rejects a column without a polygon, and one with an id already used', () => {
    const noPolygon = parsePlan(v2((f) => (f.columns = [{ id: 'k1' }])));
    expect(noPolygon.ok).toBe(false);
    if (!noPolygon.ok) expect(noPolygon.problems[0]!.path).toBe('site.buildings[0].floors[0].columns[0].polygon');
    const clash = parsePlan(v2((f) => (f.columns = [{ id: 'w1', polygon: square }])));
    expect(clash.ok).toBe(false);
    if (!clash.ok) expect(clash.problems.map((p) => [p.path, p.code])).toEqual([['site.buildings[0].floors[0].columns[0].id', 'duplicate-id']]);
  });

  it('rejects a self-crossing column and one of two points, at the column polygon path', () => {
    const bow = parsePlan(v2((f) => (f.columns = [{ id: 'k1', polygon: [[40, 40], [41, 41], [41, 40], [40, 41]] }])));
    expect(bow.ok).toBe(false);
    if (!bow.ok) expect(bow.problems.map((p) => [p.path, p.code])).toEqual([['site.buildings[0].floors[0].columns[0].polygon', 'polygon-self-intersecting']]);
    const two = parsePlan(v2((f) => (f.columns = [{ id: 'k1', polygon: [[40, 40], [41, 41]] }])));
    expect(two.ok).toBe(false);
    if (!two.ok) expect(two.problems[0]!.message.en).toBe('a polygon needs at least 3 points, found 2');
  });

  it('keeps unknown fields on a column through a round trip', () => {
    const r = parsePlan(v2((f) => (f.columns = [{ id: 'k1', polygon: square, material: 'RC', layer: 'COLU' }])));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(JSON.parse(serializePlan(r.plan)).site.buildings[0].floors[0].columns[0]).toEqual({ id: 'k1', polygon: square, material: 'RC', layer: 'COLU' });
  });
});

describe('column boxes', () => {
  it('a rectangle centred on a point, and its box read back', () => {
    const r = columnRectangle([10, 5], 0.6, 0.8);
    expect(r).toEqual([[9.7, 4.6], [10.3, 4.6], [10.3, 5.4], [9.7, 5.4]]);
    const box = columnBox(r);
    expect(box.centre[0]).toBeCloseTo(10, 12);
    expect(box.centre[1]).toBeCloseTo(5, 12);
    expect(box.width).toBeCloseTo(0.6, 12);
    expect(box.depth).toBeCloseTo(0.8, 12);
  });

  it('reshapes any polygon through its box: moved and stretched, corners keep their place in the box', () => {
    // a diamond in a 2 × 1 box round (0, 0) → a 1 × 3 box round (5, 5)
    const diamond: [number, number][] = [[-1, 0], [0, -0.5], [1, 0], [0, 0.5]];
    expect(reshapeColumn(diamond, { centre: [5, 5], width: 1, depth: 3 })).toEqual([[4.5, 5], [5, 3.5], [5.5, 5], [5, 6.5]]);
  });
});
