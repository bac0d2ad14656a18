// Format version 3: every floor gains the safety-device lists (smoke exhausts, exit signs,
// hydrants, evacuation marks); lists a file already has are kept; fire walls keep their meaning.
import { describe, expect, it } from 'vitest';
import { addSafetyDevices, CURRENT_VERSION, migrate } from '../../src/floorplan/format/migrations.ts';

describe('format version 3: safety devices', () => {
  it('is the current version', () => {
    expect(CURRENT_VERSION).toBe(3);
  });

  it('adds the four empty lists to every floor of the site and of each proposal', () => {
    const floor = { id: 'F', walls: [{ id: 'w', kind: 'fire' }], extra: 1 };
    const result = migrate({ version: 2, site: { buildings: [{ floors: [floor] }] }, proposals: [{ site: { buildings: [{ floors: [floor] }] } }] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.applied).toEqual([addSafetyDevices.name]);
    const expected = { ...floor, smokeExhausts: [], exitSigns: [], hydrants: [], evacuationMarks: [] };
    const doc = result.doc as any;
    expect(doc.site.buildings[0].floors[0]).toEqual(expected);
    expect(doc.proposals[0].site.buildings[0].floors[0]).toEqual(expected);
    // a version-2 fire wall still bounds compartments: its kind is unchanged
    expect(doc.site.buildings[0].floors[0].walls[0].kind).toBe('fire');
    expect(doc.version).toBe(3);
  });

  it('keeps a list a version 2 file already carried, and the same floor object when nothing is missing', () => {
    const hydrants = [{ id: 'h1', at: [1, 1] }];
    const partial = addSafetyDevices.up({ site: { buildings: [{ floors: [{ hydrants }] }] } }) as any;
    expect(partial.site.buildings[0].floors[0].hydrants).toBe(hydrants);
    const full = { smokeExhausts: [], exitSigns: [], hydrants: [], evacuationMarks: [] };
    const same = addSafetyDevices.up({ site: { buildings: [{ floors: [full] }] } }) as any;
    expect(same.site.buildings[0].floors[0]).toBe(full);
  });

  it('never throws on odd input', () => {
    for (const odd of [{}, { site: null }, { site: { buildings: 'x' } }, { site: { buildings: [null, { floors: [7, null] }] } }, { proposals: {} }]) {
      expect(() => addSafetyDevices.up(odd)).not.toThrow();
    }
  });
});
