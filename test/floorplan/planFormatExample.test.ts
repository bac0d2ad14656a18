// The example in docs/plan-format.md is a valid version-3 plan that uses every version-3 field,
// so the documentation cannot drift from the format.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, parsePlan } from '../../src/floorplan/format/index.ts';

const doc = readFileSync(new URL('../../docs/plan-format.md', import.meta.url), 'utf8');

describe('docs/plan-format.md', () => {
  it('documents the current version and its example parses with every version-3 collection', () => {
    expect(doc.startsWith(`# Callfloor plan format, version ${CURRENT_VERSION}\n`)).toBe(true);
    const json = /## Example\n```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(json).toBeDefined();
    const parsed = parsePlan(json!);
    expect(parsed.ok && parsed.plan.version).toBe(CURRENT_VERSION);
    if (!parsed.ok) return;
    const floor = parsed.plan.site.buildings[0]!.floors[0]!;
    expect([floor.smokeExhausts.length, floor.exitSigns.length, floor.hydrants.length, floor.evacuationMarks.length]).toEqual([1, 2, 1, 1]);
    expect(floor.walls.map((w) => w.kind)).toContain('fire-partition');
    expect(parsed.plan.site.buildings[0]).toMatchObject({ sprinklerHazard: 'ordinary-1', storeys: 4 });
  });

  it('names every version-3 field in its tables', () => {
    for (const field of ['fireResistance', 'lastInspected', 'flightWidth', 'enclosure', 'beds', 'femaleShare', 'fixtures', 'emergency', 'emergencyFlux', 'smokeExhausts', 'exitSigns', 'hydrants', 'evacuationMarks', 'sprinklerHazard', 'storeys', 'inspections', '"fire-partition"']) {
      expect(doc, field).toContain(field);
    }
  });
});
