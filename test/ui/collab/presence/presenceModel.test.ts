// The presence list's pure parts: who is shown and how many are counted as "+n", initials, a
// legible ink on each colour, and where a person is.
import { describe, expect, it } from 'vitest';
import type { Peer } from '../../../../src/editor/collab/collabState.ts';
import { inkOn } from '../../../../src/editor/collab/peerInk.ts';
import { initialsOf, MAX_AVATARS, presenceToShow, whereabouts, type PresencePerson } from '../../../../src/ui/collab/presence/presenceModel.ts';
import { makeBuilding, makeFloor, makePlan } from '../../../rules/fixtures.ts';

const me: PresencePerson = { clientId: 100, name: 'Me', color: '#123456', role: 'owner', floorId: null, self: true };
const peer = (clientId: number): Peer => ({ clientId, name: `P${clientId}`, color: '#ff0000', role: 'viewer', floorId: 'F1', selection: [], pointer: null });

describe('presenceToShow', () => {
  it('shows this user first, then everyone while there are at most five', () => {
    expect(MAX_AVATARS).toBe(5);
    const { shown, hidden } = presenceToShow(me, [peer(1), peer(2), peer(3), peer(4)]);
    expect(shown.map((p) => p.clientId)).toEqual([100, 1, 2, 3, 4]);
    expect(shown[0]!.self).toBe(true);
    expect(shown.slice(1).every((p) => !p.self)).toBe(true);
    expect(hidden).toEqual([]);
  });

  it('past five, counts the rest as "+n" in order', () => {
    const { shown, hidden } = presenceToShow(me, [1, 2, 3, 4, 5, 6, 7].map(peer));
    expect(shown.map((p) => p.clientId)).toEqual([100, 1, 2, 3, 4]);
    expect(hidden.map((p) => p.clientId)).toEqual([5, 6, 7]);
    expect(hidden[0]).toEqual({ clientId: 5, name: 'P5', color: '#ff0000', role: 'viewer', floorId: 'F1', self: false });
  });

  it('alone: only this user', () => {
    expect(presenceToShow(me, []).shown).toEqual([me]);
  });
});

describe('initialsOf', () => {
  it('Latin names: first letters of the first and last words, upper case', () => {
    expect(initialsOf('Ada Lovelace')).toBe('AL');
    expect(initialsOf('grace brewster hopper')).toBe('GH');
    expect(initialsOf('linus')).toBe('L');
    expect(initialsOf('  jean-luc  ')).toBe('JL');
  });

  it('Chinese names: the last two characters (the given name)', () => {
    expect(initialsOf('王小明')).toBe('小明');
    expect(initialsOf('李娜')).toBe('李娜');
    expect(initialsOf('欧阳娜娜')).toBe('娜娜');
    expect(initialsOf('张')).toBe('张');
  });

  it('no name: a question mark', () => {
    expect(initialsOf('')).toBe('?');
    expect(initialsOf('   ')).toBe('?');
  });
});

describe('inkOn', () => {
  it('white on dark and saturated colours, dark on light ones', () => {
    expect(inkOn('#000000')).toBe('#ffffff');
    expect(inkOn('#1f6feb')).toBe('#ffffff');
    expect(inkOn('#d93025')).toBe('#ffffff');
    expect(inkOn('#ffffff')).toBe('#1f2a33');
    expect(inkOn('#ffeb3b')).toBe('#1f2a33');
    expect(inkOn('#fe0')).toBe('#1f2a33');
    expect(inkOn('rgb(255, 235, 59)')).toBe('#1f2a33');
    // hsl(60 100% 50%) is pure yellow; hsl(240 100% 40%) a deep blue
    expect(inkOn('hsl(60 100% 50%)')).toBe('#1f2a33');
    expect(inkOn('hsl(240, 100%, 40%)')).toBe('#ffffff');
  });

  it('a colour it cannot read: white', () => {
    expect(inkOn('rebeccapurple')).toBe('#ffffff');
  });
});

describe('whereabouts', () => {
  const plan = makePlan([makeBuilding([makeFloor({ id: 'F1', name: '3F' })], { name: 'A座' })]);
  it('a floor of the plan, with its building; a floor not here; no floor', () => {
    expect(whereabouts(plan, 'F1')).toEqual({ kind: 'floor', building: 'A座', floor: '3F', floorId: 'F1' });
    expect(whereabouts(plan, 'F9')).toEqual({ kind: 'unknown-floor', floorId: 'F9' });
    expect(whereabouts(plan, null)).toEqual({ kind: 'overview' });
  });
});
