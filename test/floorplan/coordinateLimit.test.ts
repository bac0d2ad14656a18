// Coordinates beyond ±100 km are a validation problem with the point's JSON path (issue 15):
// every point of the document, the proposals' sites included; the command line exits 2.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../src/cli/check.ts';
import { parsePlanValue } from '../../src/floorplan/format/parsePlan.ts';
import { MAX_COORDINATE } from '../../src/floorplan/format/semanticChecks.ts';
import type { PlanDocument } from '../../src/floorplan/types.ts';
import { examplePlan } from '../fixtures/plans.ts';

function problemsOf(plan: PlanDocument) {
  const r = parsePlanValue(JSON.parse(JSON.stringify(plan)));
  return r.ok ? [] : r.problems;
}

describe('coordinates within ±100 km', () => {
  it('100000 m passes, 100000.1 m fails with the path of the point and a message in both languages', () => {
    expect(MAX_COORDINATE).toBe(100000);
    const ok = examplePlan();
    ok.site.buildings[0]!.floors[0]!.luminaires[0]!.at = [100000, -100000];
    expect(problemsOf(ok)).toEqual([]);
    const bad = examplePlan();
    bad.site.buildings[0]!.floors[0]!.luminaires[0]!.at = [100000.1, 5];
    const problems = problemsOf(bad);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toEqual({
      path: 'site.buildings[0].floors[0].luminaires[0].at',
      code: 'coordinate-out-of-range',
      message: { 'zh-CN': '坐标 (100000.1, 5) 超出 ±100 km 范围（单位应为米）', en: 'coordinate (100000.1, 5) lies beyond ±100 km (units are metres)' },
    });
  });

  it('names polygon points by index: outline, zones, site boundary, footprints, wall ends', () => {
    const plan = examplePlan();
    const floor = plan.site.buildings[0]!.floors[0]!;
    floor.walls[0]!.b = [-100000.5, floor.walls[0]!.b[1]];
    floor.zones[1]!.polygon[2] = [floor.zones[1]!.polygon[2]![0], -250000];
    const paths = problemsOf(plan).filter((p) => p.code === 'coordinate-out-of-range').map((p) => p.path);
    expect(paths).toEqual(['site.buildings[0].floors[0].walls[0].b', 'site.buildings[0].floors[0].zones[1].polygon[2]']);
  });

  it('checks the sites of proposals too', () => {
    const plan = examplePlan();
    const site = JSON.parse(JSON.stringify(plan.site)) as PlanDocument['site'];
    site.buildings[0]!.footprint[1] = [120000, 0];
    site.boundary[3] = [0, 1e6];
    plan.proposals = [{ id: 'P1', name: 'far', site }];
    const paths = problemsOf(plan).filter((p) => p.code === 'coordinate-out-of-range').map((p) => p.path);
    expect(paths).toContain('proposals[0].site.buildings[0].footprint[1]');
    expect(paths).toContain('proposals[0].site.boundary[3]');
  });

  it('callfloor check exits 2 on such a plan and prints the path', async () => {
    const plan = examplePlan();
    plan.site.buildings[0]!.floors[0]!.exits[0]!.at = [3e5, 0];
    const dir = mkdtempSync(join(tmpdir(), 'callfloor-coord-'));
    const path = join(dir, 'far.callfloor.json');
    writeFileSync(path, JSON.stringify(plan));
    let out = '';
    let err = '';
    const code = await checkCommand([path], { stdout: (s) => { out += s; }, stderr: (s) => { err += s; } });
    expect(code).toBe(2);
    expect(out + err).toContain('site.buildings[0].floors[0].exits[0].at');
  });
});
