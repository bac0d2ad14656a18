import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { generateDenseFloor, generatePark, generateSamplePark } from '../../src/floorplan/generate/park.ts';
import type { PlanDocument } from '../../src/floorplan/types.ts';
import { ITEMS, ORDER, PLAN_MAP, FLOOR_MAP } from '../../src/collab/docLayout.ts';
import { docsToPlan, floorDocGuid, planToDocs } from '../../src/collab/planDoc.ts';
import { examplePlan } from '../fixtures/plans.ts';
import { loadPeer, parseFile, sampleFiles } from './helpers.ts';

function roundTrip(plan: PlanDocument): PlanDocument {
  const docs = planToDocs(plan, { projectId: 'p1' });
  return docsToPlan(docs.root, docs.floors);
}

/** The same, through encoded updates into fresh documents (what another peer sees). */
function roundTripOverWire(plan: PlanDocument): PlanDocument {
  const peer = loadPeer(planToDocs(plan, { projectId: 'p1' }));
  return docsToPlan(peer.root, peer.floors);
}

describe('planToDocs / docsToPlan: lossless', () => {
  const files = sampleFiles();
  it('finds the samples (the shared example at least)', () => {
    expect(files.some((f) => f.endsWith('shared/samples/example.callfloor.json'))).toBe(true);
  });
  for (const file of files) {
    it(`keeps ${file.split('/').slice(-3).join('/')}`, () => {
      const plan = parseFile(file);
      expect(roundTrip(plan)).toEqual(plan);
      expect(roundTripOverWire(plan)).toEqual(plan);
    });
  }

  it('keeps generated plans: a park, a dense floor, the sample park', () => {
    for (const plan of [generatePark({ seats: 3000, seed: 7 }), generateDenseFloor(1200, 3), generateSamplePark()]) {
      expect(roundTripOverWire(plan)).toEqual(plan);
    }
  });

  it('keeps unknown fields, optional fields, nested lists, extensions and odd numbers', () => {
    const plan = examplePlan() as PlanDocument & Record<string, unknown>;
    const floor = plan.site.buildings[0]!.floors[0]!;
    const ws = floor.workstations[0]! as (typeof floor.workstations)[number] & Record<string, unknown>;
    ws['vendorTag'] = { nested: [[1, 2], [3, { deep: true }]], n: null, numbers: [-0, 1e300, 5e-324, 2 ** 53 + 2, -2147483649, 0.1] };
    ws.at = [0.1 + 0.2, -1e-9];
    floor.zones[0]!.fixtures = { femaleWc: 6, maleWc: 3, urinals: 3 };
    floor.underlay = {
      kind: 'dxf',
      drawing: { hash: `sha256:${'a'.repeat(64)}`, bytes: 10, name: 'a.dxf', mime: 'image/vnd.dxf' },
      origin: [1.5, 2.5],
      scale: 0.001,
      rotation: 0,
      opacity: 0.5,
      locked: false,
      visible: true,
      hiddenLayers: ['TEXT', '尺寸'],
    };
    plan['futureTopLevel'] = ['kept', 42];
    plan.reviews = [
      { findingKey: 'fire.exit-count|A|A-3F|', decision: 'accepted', note: '已复核' },
      { findingKey: 'light.uniformity|A|A-3F|s1', decision: 'open', owner: 'Li', due: '2026-09-01' },
    ];
    plan.tenants = [{ id: 't1', name: '甲公司', floorIds: ['A-3F'], seats: 120 }];
    plan.phases = [{ id: 'p1', name: '一期', start: '2026-01-01' }];
    plan.inspections = [{ id: 'i1', deviceId: 'x1', date: '2026-05-01', result: 'pass', by: '王' }];
    plan.costs = { currency: 'CNY', fitOutPerM2: 1200, rentPerM2Month: 80, equipmentPerSeat: 9000 };
    plan.activeProposal = { id: 'b', name: '方案B' };
    plan.proposals = [{ id: 'a', name: '方案A', site: structuredClone(plan.site) }];
    plan.demand = [
      {
        id: 'd1',
        name: 'peak',
        scope: { tenantId: 't1' },
        intervals: [{ start: '09:00', callsPerHour: 800 }, { start: '12:00', callsPerHour: 400 }],
        ahtSeconds: 240,
        serviceLevel: { percent: 80, seconds: 20 },
        shrinkage: 0.3,
        hoursOfOperation: { open: '08:00', close: '20:00' },
        shiftHours: 8,
      },
    ];
    plan.profile = { base: 'gb', overrides: { 'fire.maxTravel': 40, 'x.flag': true } };
    expect(roundTrip(plan)).toEqual(plan);
    const back = roundTripOverWire(plan);
    expect(back).toEqual(plan);
    // an optional field absent stays absent (toEqual alone would accept an undefined one)
    expect('basins' in back.site.buildings[0]!.floors[0]!.zones[0]!.fixtures!).toBe(false);
    expect(Object.keys(back.site.buildings[0]!.floors[0]!.workstations[0]!).sort()).toEqual(['at', 'id', 'role', 'rotation', 'size', 'vendorTag']);
    expect(back.site.buildings[0]!.floors[0]!.workstations[0]!.at).toEqual([0.30000000000000004, -1e-9]);
    const numbers = ((back.site.buildings[0]!.floors[0]!.workstations[0]! as unknown as Record<string, { numbers: number[] }>)['vendorTag']!).numbers;
    expect(Object.is(numbers[0], -0)).toBe(true);
    expect(numbers.slice(1)).toEqual([1e300, 5e-324, 9007199254740994, -2147483649, 0.1]);
  });

  it('tells an empty list from an absent one', () => {
    const plan = examplePlan();
    plan.phases = [];
    const back = roundTripOverWire(plan);
    expect(back).toEqual(plan);
    expect(back.phases).toEqual([]);
    expect('reviews' in back).toBe(false);
    expect('inspections' in back).toBe(false);
  });

  it('keeps a list whose ids repeat (not valid, but kept whole as a value)', () => {
    const plan = examplePlan();
    plan.tenants = [
      { id: 't', name: 'one' },
      { id: 't', name: 'two' },
    ];
    expect(roundTripOverWire(plan)).toEqual(plan);
  });
});

describe('the layout', () => {
  it('puts floor content in one document per floor, named from the project and floor id', () => {
    const plan = generatePark({ seats: 1500, seed: 2 });
    const floorIds = plan.site.buildings.flatMap((b) => b.floors.map((f) => f.id));
    const docs = planToDocs(plan, { projectId: 'park-7' });
    expect([...docs.floors.keys()].sort()).toEqual([...floorIds].sort());
    const first = plan.site.buildings[0]!.floors[0]!;
    const doc = docs.floors.get(first.id)!;
    expect(doc.guid).toBe(`callfloor/park-7/floor/${first.id}`);
    expect(floorDocGuid('park 7', 'A/3F')).toBe('callfloor/park%207/floor/A%2F3F');
    // desks by id in the floor document, in the plan's order
    const desks = (doc.getMap(FLOOR_MAP).get('workstations') as Y.Map<unknown>);
    expect((desks.get(ORDER) as Y.Array<string>).toArray()).toEqual(first.workstations.map((w) => w.id));
    const desk = (desks.get(ITEMS) as Y.Map<Y.Map<unknown>>).get(first.workstations[3]!.id)!;
    expect(desk).toBeInstanceOf(Y.Map);
    expect(desk.get('at')).toEqual(first.workstations[3]!.at);
    // the root holds the floor's own fields but none of its elements
    const buildings = (docs.root.getMap(PLAN_MAP).get('site') as Y.Map<unknown>).get('buildings') as Y.Map<unknown>;
    const floors = ((buildings.get(ITEMS) as Y.Map<Y.Map<unknown>>).get(plan.site.buildings[0]!.id)!).get('floors') as Y.Map<unknown>;
    const floorRecord = (floors.get(ITEMS) as Y.Map<Y.Map<unknown>>).get(first.id)!;
    expect(floorRecord.get('level')).toBe(first.level);
    expect(floorRecord.has('workstations')).toBe(false);
    expect(floorRecord.has('walls')).toBe(false);
    // the root's size does not grow with the seats
    const rootBytes = Y.encodeStateAsUpdate(docs.root).length;
    const floorBytes = Y.encodeStateAsUpdate(doc).length;
    expect(rootBytes).toBeLessThan(60_000);
    expect(floorBytes).toBeGreaterThan(10_000);
  });

  it('refuses to read a plan whose floor document is missing or of another project', () => {
    const docs = planToDocs(examplePlan(), { projectId: 'p1' });
    expect(() => docsToPlan(docs.root, new Map())).toThrow(/A-3F/);
    const other = planToDocs(examplePlan(), { projectId: 'p2' });
    expect(() => docsToPlan(docs.root, other.floors)).toThrow(/callfloor\/p2\/floor\/A-3F/);
  });

  it('reads a floor whose document has not synced yet as a floor without elements', () => {
    const docs = planToDocs(examplePlan(), { projectId: 'p1' });
    const root = new Y.Doc({ guid: docs.root.guid });
    Y.applyUpdate(root, Y.encodeStateAsUpdate(docs.root));
    const empty = new Y.Doc({ guid: floorDocGuid('p1', 'A-3F') });
    const plan = docsToPlan(root, new Map([['A-3F', empty]]));
    const floor = plan.site.buildings[0]!.floors[0]!;
    expect(floor.name).toBe('3F');
    expect(floor.workstations).toEqual([]);
    expect(floor.walls).toEqual([]);
    expect(floor.evacuationMarks).toEqual([]);
  });
});
