import { describe, expect, it } from 'vitest';
import { joinLinkOf, tokenClaims } from '../../../src/editor/collab/joinLink.ts';
import { peersOf, presenceColor } from '../../../src/editor/collab/presence.ts';

const payload = (claims: object): string => Buffer.from(JSON.stringify(claims)).toString('base64url');
const token = (claims: object): string => `cf1.${payload(claims)}.c2lnbmF0dXJl`;
const owner = token({ project: '园区 A', role: 'owner', exp: 2_000_000_000, linkId: 'l1' });

describe('joinLinkOf: the share link in the address', () => {
  it('no join parameter: the app works locally', () => {
    expect(joinLinkOf('?floor=A-3F', { protocol: 'http:', host: 'h:1' })).toBeNull();
  });

  it('reads the project and role from the token and serves from the page\'s own origin by default', () => {
    const link = joinLinkOf(`?join=${owner}`, { protocol: 'https:', host: 'plan.example.cn' });
    expect(link).toEqual({ token: owner, serverUrl: 'wss://plan.example.cn/', httpBase: 'https://plan.example.cn', projectId: '园区 A', role: 'owner', expiresAt: 2_000_000_000 });
  });

  it('a server parameter names another server (the app served elsewhere)', () => {
    const link = joinLinkOf(`?join=${owner}&server=${encodeURIComponent('ws://127.0.0.1:4300')}`, { protocol: 'http:', host: '127.0.0.1:4173' });
    expect(link).toMatchObject({ serverUrl: 'ws://127.0.0.1:4300/', httpBase: 'http://127.0.0.1:4300' });
  });

  it('a damaged token or a server that is not ws(s) is a problem, not a silent local start', () => {
    const at = { protocol: 'http:', host: 'h' };
    expect(joinLinkOf('?join=garbage', at)).toBe('bad-token');
    expect(joinLinkOf(`?join=${owner.slice(0, 20)}`, at)).toBe('bad-token');
    expect(joinLinkOf(`?join=${token({ project: 'p', role: 'admin', exp: 1 })}`, at)).toBe('bad-token');
    expect(joinLinkOf(`?join=${owner}&server=http://x`, at)).toBe('bad-server');
    expect(tokenClaims(token({ project: '', role: 'viewer', exp: 1 }))).toBeNull();
  });
});

describe('peersOf: the others present, from awareness states', () => {
  it('leaves out this tab, checks every field and sorts by client id', () => {
    const states = new Map<number, Record<string, unknown>>([
      [9, { user: { name: '王小明', color: '#1971c2', role: 'planner' }, floorId: 'A-3F', selection: ['s1', 7, 's2'], pointer: { x: 1.5, y: -2 } }],
      [3, { user: { name: 'me', color: '#000000', role: 'owner' } }],
      [5, { user: { name: 'x'.repeat(80), color: 'red', role: 'admin' }, floorId: 4, selection: 'no', pointer: { x: Infinity, y: 0 } }],
      [6, { no: 'user' }],
    ]);
    expect(peersOf(states, 3)).toEqual([
      { clientId: 5, name: 'x'.repeat(40), color: presenceColor(5), role: null, floorId: null, selection: [], pointer: null },
      { clientId: 9, name: '王小明', color: '#1971c2', role: 'planner', floorId: 'A-3F', selection: ['s1', 's2'], pointer: { x: 1.5, y: -2 } },
    ]);
  });
});
