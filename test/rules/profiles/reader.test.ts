import { describe, expect, it } from 'vitest';
import type { ZoneUse } from '../../../src/floorplan/types.ts';
import { ProfileReader } from '../../../src/rules/profiles/reader.ts';
import { resolveProfile } from '../../../src/rules/profiles/resolveProfile.ts';
import { RULES } from '../../../src/rules/registry.ts';

const gb = new ProfileReader(resolveProfile({ profile: { base: 'gb', overrides: {} } }));
const intl = new ProfileReader(resolveProfile({ profile: { base: 'intl', overrides: {} } }));

describe('ProfileReader', () => {
  it('reads by local id under the profile in use', () => {
    expect(gb.num('fire.travel.hall')).toBe(30);
    expect(intl.num('fire.travel.exitAccess')).toBe(61);
    expect(gb.str('fire.buildingClass')).toBe('auto');
    expect(gb.bool('fire.crowdedPlace')).toBe(false);
    expect(gb.id('fire.travel.hall')).toBe('gb.fire.travel.hall');
    expect(gb.clause('fire.travel.hall')).toContain('§5.5.17-4');
    expect(intl.advisory('fire.extinguisher.maxDistance')).toBe(true);
  });

  it('an id the profile in use lacks throws when read (the compiler takes either profile\'s ids)', () => {
    expect(gb.has('fire.commonPath.divergeAngle')).toBe(false);
    expect(() => gb.num('fire.commonPath.divergeAngle')).toThrow('profile gb has no parameter gb.fire.commonPath.divergeAngle');
    const computed: string = ['fire', 'travel', 'nowhere'].join('.');
    expect(() => intl.num(computed)).toThrow('profile intl has no parameter intl.fire.travel.nowhere');
  });

  it('as(base) gives a reader typed for that base only when it is the profile in use', () => {
    expect(gb.as('gb')?.num('fire.travel.hall')).toBe(30);
    expect(gb.as('intl')).toBeNull();
    expect(intl.as('intl')?.num('fire.commonPath.divergeAngle')).toBe(45);
  });

  it('every parameter a rule declares for a profile is one that profile has (a family `x.*`: at least one)', () => {
    const missing: string[] = [];
    for (const rule of RULES) {
      for (const [base, reader] of [['gb', gb], ['intl', intl]] as const) {
        const ids = [...reader.profile.parameters.keys()];
        for (const id of rule.parameters[base] ?? []) {
          const full = `${base}.${id}`;
          const found = full.endsWith('.*') ? ids.some((k) => k.startsWith(full.slice(0, -1))) : ids.includes(full);
          if (!found) missing.push(`${rule.id}: ${full}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

// Type checks (tsc over test/): each @ts-expect-error must meet an error, so a loosened id type
// fails the type check here.
export function typeChecks(read: ProfileReader, computed: string, use: ZoneUse, grade: '' | '.g3' | '.g4'): void {
  read.num('fire.travel.hall');
  read.num('fire.commonPath.divergeAngle');
  read.num(computed);
  read.num(`fire.travel.deadEnd.multi${grade}`);
  read.num(`light.u0.${use}`);
  read.num(`fire.singleDoorRoom.${computed}`);
  // @ts-expect-error a typo
  read.num('fire.travle.hall');
  // @ts-expect-error a typo behind has()
  read.has('fire.higRiseHeight');
  // @ts-expect-error a switch read as a number
  read.num('fire.buildingClass');
  // @ts-expect-error a number read as a string
  read.str('fire.travel.hall');
  // @ts-expect-error a family with a wrong stem
  read.num(`fire.travel.deadEnd.mult${grade}`);
  // @ts-expect-error a family naming no declared id
  read.num(`light.u9.${use}`);
  const gbOnly = read.as('gb');
  if (gbOnly) {
    gbOnly.num('fire.travel.hall');
    // @ts-expect-error an intl-only id on a gb reader
    gbOnly.num('fire.commonPath.divergeAngle');
  }
  // @ts-expect-error a reader of either base is not a gb reader
  const asGb: ProfileReader<'gb'> = read;
  void asGb;
}
