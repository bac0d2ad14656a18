// The semantic checks screen every floor first (scanFloor: far points, hashed ids) and walk a site
// exactly only when the screen finds something. These tests hold the screened result to the one
// a full walk gives: the same problems, in the same order, with the same paths and messages,
// whether the floors were scanned while parsing (parsePlan), beforehand, or not at all.
import { describe, expect, it } from 'vitest';
import { parsePlan, parsePlanValue } from '../../src/floorplan/format/parsePlan.ts';
import { scanFloor, semanticProblems, type FloorScan } from '../../src/floorplan/format/semanticChecks.ts';
import type { Floor, PlanDocument } from '../../src/floorplan/types.ts';
import { examplePlan } from '../fixtures/plans.ts';

function scansOf(plan: PlanDocument): Map<Floor, FloorScan> {
  const scans = new Map<Floor, FloorScan>();
  const sites = [plan.site, ...(plan.proposals ?? []).map((p) => p.site)];
  for (const site of sites) for (const b of site.buildings) for (const f of b.floors) scans.set(f, scanFloor(f));
  return scans;
}

/** The problems of `plan` every way they can be found; they must all be the same. */
function problemsEveryWay(plan: PlanDocument) {
  const unscanned = semanticProblems(plan);
  expect(semanticProblems(plan, scansOf(plan))).toEqual(unscanned);
  const fromText = parsePlan(JSON.stringify(plan));
  const fromValue = parsePlanValue(JSON.parse(JSON.stringify(plan)));
  expect(fromText).toEqual(fromValue);
  expect(fromText.ok ? [] : fromText.problems).toEqual(unscanned);
  return unscanned;
}

/** The example plan with a second building: a copy of the first, its ids given a `B-` prefix. */
function twoBuildings(): PlanDocument {
  const plan = examplePlan();
  const copy = JSON.parse(JSON.stringify(plan.site.buildings[0]), (key, value: unknown) =>
    (key === 'id' || key === 'wall') && typeof value === 'string' ? `B-${value}` : value,
  ) as PlanDocument['site']['buildings'][number];
  plan.site.buildings.push(copy);
  return plan;
}

describe('unique ids', () => {
  it('a valid plan of two buildings has no problems', () => {
    expect(problemsEveryWay(twoBuildings())).toEqual([]);
  });

  it('names each repeat where it stands and the first holder, in document order, across buildings and kinds', () => {
    const plan = twoBuildings();
    const second = plan.site.buildings[1]!;
    const floor = second.floors[0]!;
    second.id = 'A-3F'; // the first building's floor
    floor.exits[0]!.id = 's1'; // the first building's desk
    floor.workstations[0]!.id = 's1';
    floor.luminaires[0]!.id = 'A'; // the first building
    const problems = problemsEveryWay(plan);
    expect(problems.map((p) => [p.path, p.code, p.message.en])).toEqual([
      ['site.buildings[1].id', 'duplicate-id', 'duplicate id "A-3F" (first used at site.buildings[0].floors[0])'],
      ['site.buildings[1].floors[0].exits[0].id', 'duplicate-id', 'duplicate id "s1" (first used at site.buildings[0].floors[0].workstations[0])'],
      ['site.buildings[1].floors[0].workstations[0].id', 'duplicate-id', 'duplicate id "s1" (first used at site.buildings[0].floors[0].workstations[0])'],
      ['site.buildings[1].floors[0].luminaires[0].id', 'duplicate-id', 'duplicate id "A" (first used at site.buildings[0])'],
    ]);
    expect(problems[3]!.message['zh-CN']).toBe('id "A" 重复（首次出现于 site.buildings[0]）');
  });

  // `path`: the holder of the repeated id
  const singleRepeats: { name: string; break: (plan: PlanDocument) => void; path: string; first: string }[] = [
    { name: "a building's id that is a floor's", break: (p) => (p.site.buildings[1]!.id = 'A-3F'), path: 'site.buildings[1]', first: 'site.buildings[0].floors[0]' },
    { name: "a floor's id that is an element's", break: (p) => (p.site.buildings[1]!.floors[0]!.id = 'z2'), path: 'site.buildings[1].floors[0]', first: 'site.buildings[0].floors[0].zones[1]' },
    { name: "an element's id that is a building's", break: (p) => (p.site.buildings[0]!.floors[0]!.airTerminals[0]!.id = 'B-A'), path: 'site.buildings[1]', first: 'site.buildings[0].floors[0].airTerminals[0]' },
  ];
  for (const repeat of singleRepeats) {
    it(`finds ${repeat.name} alone`, () => {
      const plan = twoBuildings();
      repeat.break(plan);
      const problems = problemsEveryWay(plan);
      expect(problems.map((p) => [p.path, p.code])).toEqual([[`${repeat.path}.id`, 'duplicate-id']]);
      expect(problems[0]!.message.en).toContain(`(first used at ${repeat.first})`);
    });
  }

  it('finds the one repeat of a plan of one building and one floor: its building\'s id, its floor\'s id', () => {
    const plan = examplePlan();
    plan.site.buildings[0]!.floors[0]!.luminaires[0]!.id = 'A';
    expect(problemsEveryWay(plan).map((p) => p.message.en)).toEqual(['duplicate id "A" (first used at site.buildings[0])']);
    const again = examplePlan();
    again.site.buildings[0]!.floors[0]!.zones[0]!.id = 'A-3F';
    expect(problemsEveryWay(again).map((p) => p.message.en)).toEqual(['duplicate id "A-3F" (first used at site.buildings[0].floors[0])']);
  });

  it('ids of proposals are their own: the same ids as the active site are no repeat', () => {
    const plan = examplePlan();
    plan.proposals = [{ id: 'P1', name: 'copy', site: JSON.parse(JSON.stringify(plan.site)) as PlanDocument['site'] }];
    expect(problemsEveryWay(plan)).toEqual([]);
  });

  it('ids that differ only far along, or only in case, are not repeats', () => {
    const plan = examplePlan();
    const floor = plan.site.buildings[0]!.floors[0]!;
    const long = 'x'.repeat(300);
    floor.detectors = [`${long}a`, `${long}b`, 'S1', 's1 ', '灯1', '灯2'].map((id, i) => ({ id, at: [10 + i, 10] as [number, number] }));
    expect(problemsEveryWay(plan)).toEqual([]);
    floor.detectors.push({ id: '灯2', at: [5, 5] });
    expect(problemsEveryWay(plan).map((p) => p.path)).toEqual(['site.buildings[0].floors[0].detectors[6].id']);
  });
});

describe('coordinates beyond ±100 km', () => {
  it('finds far points of every kind in document order: active site first, then the proposals', () => {
    const plan = twoBuildings();
    const floor = plan.site.buildings[1]!.floors[0]!;
    // a point field the format does not know is checked too
    (floor.luminaires[0] as unknown as Record<string, unknown>)['a'] = [0, -200000];
    floor.outline[1] = [150000, floor.outline[1]![1]];
    plan.proposals = [{ id: 'P1', name: 'far', site: JSON.parse(JSON.stringify(plan.site)) as PlanDocument['site'] }];
    plan.proposals[0]!.site.buildings[0]!.floors[0]!.workstations[0]!.at = [1, 1e6];
    const problems = problemsEveryWay(plan);
    expect(problems.filter((p) => p.code === 'coordinate-out-of-range').map((p) => p.path)).toEqual([
      'site.buildings[1].floors[0].outline[1]',
      'site.buildings[1].floors[0].luminaires[0].a',
      'proposals[0].site.buildings[0].floors[0].workstations[0].at',
      'proposals[0].site.buildings[1].floors[0].outline[1]',
      'proposals[0].site.buildings[1].floors[0].luminaires[0].a',
    ]);
    expect(problems[0]!.message.en).toBe('coordinate (150000, 20.2) lies beyond ±100 km (units are metres)');
  });

  // each alone in its plan, so the screen must find it by itself
  const singleFaults: { name: string; break: (plan: PlanDocument) => void; path: string }[] = [
    { name: 'an unknown point field of an element', break: (p) => ((p.site.buildings[1]!.floors[0]!.luminaires[0] as unknown as Record<string, unknown>)['a'] = [0, -200000]), path: 'site.buildings[1].floors[0].luminaires[0].a' },
    { name: "a wall's end", break: (p) => (p.site.buildings[1]!.floors[0]!.walls[0]!.b = [100000.5, 0]), path: 'site.buildings[1].floors[0].walls[0].b' },
    { name: "a wall's start", break: (p) => (p.site.buildings[0]!.floors[0]!.walls[0]!.a = [0, 100000.5]), path: 'site.buildings[0].floors[0].walls[0].a' },
    { name: 'a zone corner', break: (p) => (p.site.buildings[1]!.floors[0]!.zones[1]!.polygon[0] = [-3e5, 30]), path: 'site.buildings[1].floors[0].zones[1].polygon[0]' },
    { name: 'a desk', break: (p) => (p.site.buildings[1]!.floors[0]!.workstations[0]!.at = [30, 2e5]), path: 'site.buildings[1].floors[0].workstations[0].at' },
    {
      name: "an underlay's origin",
      break: (p) =>
        (p.site.buildings[1]!.floors[0]!.underlay = {
          kind: 'image',
          drawing: { hash: `sha256:${'0'.repeat(64)}`, bytes: 1, name: 'a.png', mime: 'image/png' },
          origin: [0, -1e7],
          scale: 0.01,
          rotation: 0,
          opacity: 1,
          locked: false,
          visible: true,
        }),
      path: 'site.buildings[1].floors[0].underlay.origin',
    },
    { name: 'the site boundary', break: (p) => (p.site.boundary[2] = [2e5, p.site.boundary[2]![1]]), path: 'site.boundary[2]' },
    { name: 'a footprint', break: (p) => (p.site.buildings[1]!.footprint[2] = [2e5, p.site.buildings[1]!.footprint[2]![1]]), path: 'site.buildings[1].footprint[2]' },
    {
      name: "a proposal's desk",
      break: (p) => {
        p.proposals = [{ id: 'P1', name: 'far', site: JSON.parse(JSON.stringify(p.site)) as PlanDocument['site'] }];
        p.proposals[0]!.site.buildings[0]!.floors[0]!.workstations[0]!.at = [1, 1e6];
      },
      path: 'proposals[0].site.buildings[0].floors[0].workstations[0].at',
    },
  ];
  for (const fault of singleFaults) {
    it(`finds ${fault.name} alone`, () => {
      const plan = twoBuildings();
      fault.break(plan);
      expect(problemsEveryWay(plan).filter((p) => p.code === 'coordinate-out-of-range').map((p) => p.path)).toEqual([fault.path]);
    });
  }

  it('a floor scanned before it changed is not what is checked: the plan given is', () => {
    // parsePlan scans each floor as it is parsed; semanticProblems takes a scan only for the very floor object
    const plan = examplePlan();
    const scans = scansOf(plan);
    const moved = { ...plan.site.buildings[0]!.floors[0]!, outline: plan.site.buildings[0]!.floors[0]!.outline.map(([x, y]) => [x + 2e5, y] as [number, number]) };
    plan.site.buildings[0]!.floors[0] = moved;
    expect(semanticProblems(plan, scans).filter((p) => p.code === 'coordinate-out-of-range')).toHaveLength(moved.outline.length);
  });
});
