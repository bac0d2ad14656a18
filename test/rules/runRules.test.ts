import { describe, expect, it } from 'vitest';
import { rulesEn } from '../../src/i18n/rules.en.ts';
import { rulesZhCN } from '../../src/i18n/rules.zh-CN.ts';
import { formatFinding } from '../../src/rules/format.ts';
import { RULES, ruleById } from '../../src/rules/registry.ts';
import { handleRulesRequest } from '../../src/rules/rules.worker.ts';
import { countStatuses } from '../../src/rules/results.ts';
import { planRuleFindings, runFloorRules, runRules, runRulesWith } from '../../src/rules/runRules.ts';
import { generatePark } from '../../src/floorplan/generate/park.ts';
import { examplePlan, sampleText } from '../fixtures/plans.ts';
import { floorPlan, makeRoom, seatAt } from './fixtures.ts';
import { RunCache } from '../../src/rules/contextCache.ts';
import { resolveProfile } from '../../src/rules/profiles/resolveProfile.ts';
import { zoneFreshAir } from '../../src/rules/rules/ventilation/freshAir.ts';

describe('runRules', () => {
  const result = runRules(examplePlan(), { date: '2026-05-20' });

  it('summary counts the findings by status', () => {
    const s = result.summary;
    expect(s.fail + s.warn + s.pass + s.na).toBe(result.findings.length);
    expect(s).toEqual(countStatuses(result.findings));
    expect(s.fail).toBeGreaterThan(0);
  });

  it('every finding is complete and its key is ruleId|building|floor|elements', () => {
    for (const f of result.findings) {
      expect(f.key).toBe(`${f.ruleId}|${f.where.buildingId ?? ''}|${f.where.floorId ?? ''}|${f.where.elementIds.join(',')}`);
      expect(f.clause.length).toBeGreaterThan(0);
      expect(['pass', 'fail', 'warn', 'n/a']).toContain(f.status);
      expect(f.messageKey.startsWith(`${f.ruleId}.`)).toBe(true);
    }
    expect(new Set(result.findings.map((f) => f.key)).size).toBe(result.findings.length);
  });

  it('analysis: the example seat s1 is √(9.8² + 5.8²) m from exit e1 in a straight line', () => {
    // Desk at (30, 30), 0.7 deep: occupant (30, 29.2); exit e1 at (20.2, 35): √(9.8² + 5.8²) = 11.39 in a straight line.
    const floor = result.analysis.floors[0]!;
    expect(floor).toMatchObject({ id: 'A-3F', buildingId: 'A', seats: 1 });
    const s1 = floor.workstations[0]!;
    expect(s1).toMatchObject({ id: 's1', zone: 'z1', occupant: [30, 29.2] });
    expect(s1.straight).toBeCloseTo(Math.hypot(9.8, 5.8), 2);
    expect(s1.walking).toBeGreaterThanOrEqual(s1.straight!);
    expect(floor.zones.map((z) => z.id)).toEqual(['z1', 'z2']);
  });

  it('profile info and the open-floor reading are reported; intl runs intl rules only', () => {
    expect(result.profile).toMatchObject({ base: 'gb', openFloorReading: 'hall-with-room-warning', problems: [] });
    const intl = runRules(examplePlan(), { profile: 'intl', date: '2026-05-20' });
    expect(intl.profile.base).toBe('intl');
    expect(intl.findings.some((f) => f.ruleId === 'fire.compartment-area')).toBe(false);
  });

  it('runFloorRules gives the same floor findings as the whole run (building rules located on the floor, such as stair width, come with the full run only)', () => {
    const floor = runFloorRules(examplePlan(), 'A', 'A-3F', { date: '2026-05-20' });
    const whole = result.findings.filter((f) => f.where.floorId === 'A-3F' && ruleById(f.ruleId)?.scope === 'floor');
    expect(result.findings.some((f) => f.where.floorId === 'A-3F' && f.ruleId === 'fire.stair-width')).toBe(true);
    expect(floor.findings).toEqual(whole);
    expect(floor.analysis).toEqual(result.analysis.floors[0]);
    expect(() => runFloorRules(examplePlan(), 'A', 'nope')).toThrow();
  });

  it('the worker handler answers with the revision, for the plan or one floor', () => {
    const all = handleRulesRequest({ revision: 7, plan: examplePlan(), opts: { date: '2026-05-20' } });
    expect(all.revision).toBe(7);
    expect('result' in all && all.result.summary).toEqual(result.summary);
    const one = handleRulesRequest({ revision: 8, plan: examplePlan(), opts: { date: '2026-05-20' }, floorId: 'A-3F' });
    expect(one).toMatchObject({ revision: 8, floorId: 'A-3F' });
    expect(handleRulesRequest({ revision: 9, plan: examplePlan(), floorId: 'x' })).toMatchObject({ revision: 9, error: 'no floor x' });
  });

  it('the result is plain JSON (no Infinity): it survives a round trip', () => {
    const blocked = floorPlan({ exits: [], zones: [makeRoom('z', 'work', 0, 0, 20, 10)], workstations: [seatAt('s', [5, 5])] });
    const r = runRules(blocked, { date: '2026-05-20' });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(r.analysis.floors[0]!.workstations[0]!.walking).toBeNull();
  });
});

describe('planRuleFindings', () => {
  it('site and building rules done beforehand, floors computed apart, give what runRules gives', () => {
    for (const plan of [examplePlan(), generatePark({ seats: 800, seed: 4 })]) {
      for (const profile of ['gb', 'intl'] as const) {
        const opts = { profile, date: '2026-05-20' };
        const ruled = planRuleFindings(plan, opts);
        expect(ruled.buildings.size).toBe(plan.site.buildings.length);
        expect([...ruled.buildings.values()].flat().length).toBeGreaterThan(0);
        const apart = runRulesWith(plan, opts, (_ctx, building, floor) => runFloorRules(plan, building.id, floor.id, opts), undefined, ruled);
        expect(apart).toEqual(runRules(plan, opts));
      }
    }
  });
});

describe('rule messages', () => {
  it('zh-CN and en have the same keys', () => {
    expect(Object.keys(rulesZhCN).sort()).toEqual(Object.keys(rulesEn).sort());
  });

  it('every message key emitted on the sample plans exists in both languages', () => {
    const plans = [examplePlan(), JSON.parse(sampleText('small-floor.callfloor.json'))];
    const keys = new Set<string>();
    for (const plan of plans) for (const profile of ['gb', 'intl'] as const) for (const f of runRules(plan, { profile, date: '2026-05-20' }).findings) keys.add(f.messageKey);
    expect(keys.size).toBeGreaterThan(20);
    for (const key of keys) {
      expect(rulesEn[key], key).toBeDefined();
      expect(rulesZhCN[key], key).toBeDefined();
    }
  });

  it('every registered rule has pass and fail or warn messages', () => {
    for (const rule of RULES) {
      const own = Object.keys(rulesEn).filter((k) => k.startsWith(`${rule.id}.`));
      expect(own.length, rule.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('formatFinding interpolates the parameters', () => {
    const green = runRules(examplePlan(), { date: '2026-05-20' }).findings.find((f) => f.ruleId === 'site.green')!;
    expect(formatFinding(green, 'en')).toBe('Green ratio 0.067 is below 0.3.');
    expect(formatFinding(green, 'zh-CN')).toBe('绿地率 0.067 低于 0.3。');
  });
});

describe('floorAnalysis fresh air per person', () => {
  it('is each zone\'s zoneFreshAir over its persons, the terminals summed in their order', () => {
    // three rooms, terminals in each (fractions whose sums depend on the order added), one outside every room
    const zones = [makeRoom('a', 'work', 0, 0, 10, 10), makeRoom('b', 'work', 10, 0, 20, 10), makeRoom('c', 'meeting', 0, 10, 20, 20)];
    const workstations = [seatAt('s1', [2, 2]), seatAt('s2', [4, 2]), seatAt('s3', [12, 2]), seatAt('s4', [14, 3]), seatAt('s5', [16, 3])];
    const airs = [0.1, 0.2, 0.3, 7.7, 0.3, 33.3, 2.5, 0.7, 100];
    const airTerminals = airs.map((freshAir, i) => ({ id: `t${i}`, at: [1 + ((i * 7) % 19), 1 + ((i * 5) % 18)] as [number, number], freshAir }));
    // in room a: 1 lost to 1e16 in this order (it would count summed the other way)
    airTerminals.push({ id: 'x1', at: [1, 5], freshAir: 1 }, { id: 'x2', at: [2, 5], freshAir: 1e16 }, { id: 'x3', at: [3, 5], freshAir: -1e16 }, { id: 'out', at: [50, 50], freshAir: 5 });
    const plan = floorPlan({ zones, workstations, airTerminals });
    const building = plan.site.buildings[0]!;
    const floor = building.floors[0]!;
    const ctx = new RunCache(plan, resolveProfile(plan), '2026-05-20').floor(building, floor);
    const result = runFloorRules(plan, building.id, floor.id, { date: '2026-05-20' });
    let withAir = 0;
    for (const z of result.analysis.zones) {
      const zone = zones.find((x) => x.id === z.id)!;
      const persons = ctx.occupancy.zones.get(z.id)!.persons;
      const expected = persons > 0 ? Math.round((zoneFreshAir(ctx, zone) / persons) * 100) / 100 : null;
      expect(z.freshAirPerPerson, z.id).toBe(expected);
      if (expected !== null && expected !== 0) withAir++;
    }
    expect(withAir).toBeGreaterThan(1);
  });
});

