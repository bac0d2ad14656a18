import { describe, expect, it } from 'vitest';
import { resolveProfile } from '../../src/rules/profiles/resolveProfile.ts';
import { numberParameter, parameter, stringParameter } from '../../src/rules/profiles/parameter.ts';
import { GB_PARAMETERS } from '../../src/rules/profiles/gb.ts';
import { INTL_PARAMETERS } from '../../src/rules/profiles/intl.ts';

describe('profiles', () => {
  it('every parameter has a unique id with its profile prefix, a clause and a unit field', () => {
    for (const [prefix, list] of [['gb.', GB_PARAMETERS], ['intl.', INTL_PARAMETERS]] as const) {
      const ids = list.map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const p of list) {
        expect(p.id.startsWith(prefix)).toBe(true);
        expect(p.clause.length).toBeGreaterThan(0);
      }
    }
  });

  it('defaults: gb hall 30 m, room 22 m, width factor 1.00 for ≥ 4 storeys; intl 61 m / 91.4 m', () => {
    const gb = resolveProfile({ profile: { base: 'gb', overrides: {} } });
    expect(numberParameter(gb, 'gb.fire.travel.hall')).toBe(30);
    expect(numberParameter(gb, 'gb.fire.travel.deadEnd.multi')).toBe(22);
    expect(numberParameter(gb, 'gb.fire.widthPer100.g12.s4')).toBe(1);
    expect(stringParameter(gb, 'gb.fire.openFloorReading')).toBe('hall-with-room-warning');
    expect(parameter(gb, 'gb.fire.travel.hall').clause).toContain('§5.5.17-4');
    const intl = resolveProfile({ profile: { base: 'intl', overrides: {} } });
    expect(numberParameter(intl, 'intl.fire.travel.exitAccess')).toBe(61);
    expect(numberParameter(intl, 'intl.fire.travel.exitAccessSprinklered')).toBe(91.4);
  });

  it('applies overrides by full id or without the prefix, and reports the rest', () => {
    const p = resolveProfile({
      profile: {
        base: 'gb',
        overrides: { 'gb.fire.travel.hall': 25, 'fire.exitSeparation': 6, 'gb.fire.nonsense': 1, 'intl.fire.minDoorWidth': 0.9, 'gb.fire.openFloorReading': 3 },
      },
    });
    expect(numberParameter(p, 'gb.fire.travel.hall')).toBe(25);
    expect(numberParameter(p, 'gb.fire.exitSeparation')).toBe(6);
    expect(stringParameter(p, 'gb.fire.openFloorReading')).toBe('hall-with-room-warning');
    expect([...p.overridden].sort()).toEqual(['gb.fire.exitSeparation', 'gb.fire.travel.hall']);
    expect(p.problems).toEqual([
      { id: 'gb.fire.nonsense', reason: 'unknown' },
      { id: 'intl.fire.minDoorWidth', reason: 'other-profile' },
      { id: 'gb.fire.openFloorReading', reason: 'wrong-type' },
    ]);
  });

  it('an explicit base wins over the plan base; a plan without profile is gb', () => {
    expect(resolveProfile({ profile: { base: 'gb', overrides: {} } }, 'intl').base).toBe('intl');
    expect(resolveProfile({}).base).toBe('gb');
  });
});
