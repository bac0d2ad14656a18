// What of the others is drawn on the open floor (issue 19): pointers and selection outlines of the
// peers on that floor only, in their colour, with hand-computed shapes.
import { describe, expect, it } from 'vitest';
import type { Peer } from '../../../src/editor/collab/collabState.ts';
import type { Point } from '../../../src/floorplan/types.ts';
import {
  elementOutline,
  peersOnFloor,
  remoteOutlines,
  remotePointers,
  ringSegments,
  samePointers,
  selectionKey,
} from '../../../src/view3d/collab/remotePresence.ts';
import { makeFloor, makeRoom, rect } from '../../rules/fixtures.ts';

function peer(clientId: number, parts: Partial<Peer> = {}): Peer {
  return { clientId, name: `P${clientId}`, color: `#00000${clientId}`, role: 'planner', floorId: 'F1', selection: [], pointer: null, ...parts };
}

function close(ring: readonly Point[], expected: readonly Point[]): void {
  expect(ring).toHaveLength(expected.length);
  ring.forEach((p, i) => {
    expect(p[0]).toBeCloseTo(expected[i]![0], 9);
    expect(p[1]).toBeCloseTo(expected[i]![1], 9);
  });
}

const floor = makeFloor({
  walls: [{ id: 'w1', a: [0, 0], b: [10, 0], kind: 'solid', thickness: 0.2 }],
  windows: [{ id: 'win1', a: [2, 10], b: [4, 10], sill: 0.9, head: 2.1 }],
  doors: [{ id: 'd1', at: [5, 0], width: 1 }],
  zones: [makeRoom('z1', 'work', 0, 0, 8, 6)],
  cores: [{ id: 'c1', polygon: rect(15, 0, 18, 3), kind: 'stair' }],
  workstations: [
    { id: 'ws1', at: [3, 3], rotation: 0, size: [1.2, 0.7], role: 'agent' },
    { id: 'ws2', at: [6, 3], rotation: 90, size: [1.2, 0.6], role: 'agent' },
  ],
  extinguishers: [{ id: 'x1', at: [1, 1] }],
});

describe('peersOnFloor / remotePointers', () => {
  const peers = [
    peer(1, { pointer: { x: 2, y: 3 } }),
    peer(2, { floorId: 'F2', pointer: { x: 4, y: 4 } }),
    peer(3, { floorId: null, pointer: { x: 1, y: 1 } }),
    peer(4, { pointer: null }),
    peer(5, { pointer: { x: Number.NaN, y: 1 } }),
    peer(6, { pointer: { x: -1.5, y: 7.25 }, name: '王小明', color: 'hsl(200 70% 45%)' }),
  ];

  it('keeps only the peers with the open floor open', () => {
    expect(peersOnFloor(peers, 'F1').map((p) => p.clientId)).toEqual([1, 4, 5, 6]);
    expect(peersOnFloor(peers, 'F2').map((p) => p.clientId)).toEqual([2]);
    // park or building level here: nobody is drawn, not even the peers at park level
    expect(peersOnFloor(peers, null)).toEqual([]);
  });

  it('draws a pointer for each peer on the floor whose pointer is on the drawing', () => {
    expect(remotePointers(peers, 'F1')).toEqual([
      { clientId: 1, name: 'P1', color: '#000001', at: [2, 3] },
      { clientId: 6, name: '王小明', color: 'hsl(200 70% 45%)', at: [-1.5, 7.25] },
    ]);
    expect(remotePointers(peers, 'F2')).toEqual([{ clientId: 2, name: 'P2', color: '#000002', at: [4, 4] }]);
    expect(remotePointers(peers, 'F9')).toEqual([]);
    expect(remotePointers(peers, null)).toEqual([]);
  });

  it('tells when a new awareness state draws the same pointers', () => {
    const a = remotePointers(peers, 'F1');
    // a peer elsewhere moving changes nothing here
    const moved = peers.map((p) => (p.clientId === 2 ? { ...p, pointer: { x: 9, y: 9 } } : p));
    expect(samePointers(a, remotePointers(moved, 'F1'))).toBe(true);
    const here = peers.map((p) => (p.clientId === 1 ? { ...p, pointer: { x: 2.01, y: 3 } } : p));
    expect(samePointers(a, remotePointers(here, 'F1'))).toBe(false);
    const renamed = peers.map((p) => (p.clientId === 6 ? { ...p, name: '小明' } : p));
    expect(samePointers(a, remotePointers(renamed, 'F1'))).toBe(false);
    const left = peers.filter((p) => p.clientId !== 1);
    expect(samePointers(a, remotePointers(left, 'F1'))).toBe(false);
  });
});

describe('elementOutline', () => {
  it('a wall: its thickness centred on a→b, lengthened by half the thickness at each end', () => {
    close(elementOutline('walls', floor.walls[0]!), [[-0.1, -0.1], [10.1, -0.1], [10.1, 0.1], [-0.1, 0.1]]);
  });

  it('a desk: its footprint, rotated', () => {
    close(elementOutline('workstations', floor.workstations[0]!), [[2.4, 2.65], [3.6, 2.65], [3.6, 3.35], [2.4, 3.35]]);
    // 90°: the 1.2 m width runs north-south
    close(elementOutline('workstations', floor.workstations[1]!), [[6.3, 2.4], [6.3, 3.6], [5.7, 3.6], [5.7, 2.4]]);
  });

  it('a window: a 0.2 m band along its line', () => {
    close(elementOutline('windows', floor.windows[0]!), [[2, 9.9], [4, 9.9], [4, 10.1], [2, 10.1]]);
  });

  it('zones and cores: their polygon', () => {
    expect(elementOutline('zones', floor.zones[0]!)).toEqual(rect(0, 0, 8, 6));
    expect(elementOutline('cores', floor.cores[0]!)).toEqual(rect(15, 0, 18, 3));
  });

  it('a door: a ring of half its width round its point; a device: a ring of 0.25 m', () => {
    const door = elementOutline('doors', floor.doors[0]!);
    expect(door).toHaveLength(12);
    for (const [x, y] of door) expect(Math.hypot(x - 5, y - 0)).toBeCloseTo(0.5, 9);
    expect(door[0]![0]).toBeCloseTo(5.5, 9);
    const device = elementOutline('extinguishers', floor.extinguishers[0]!);
    for (const [x, y] of device) expect(Math.hypot(x - 1, y - 1)).toBeCloseTo(0.25, 9);
  });
});

describe('remoteOutlines', () => {
  it('outlines each peer’s selected elements on this floor in their colour, skipping ids not here', () => {
    const peers = [
      peer(1, { selection: ['ws1', 'w1', 'gone'] }),
      peer(2, { floorId: 'F2', selection: ['ws2'] }),
      peer(3, { selection: [] }),
      peer(4, { selection: ['ws2'], color: '#ff0000' }),
      peer(5, { selection: ['gone'] }),
    ];
    const outlines = remoteOutlines(floor, peers);
    expect(outlines.map((o) => [o.clientId, o.color, o.rings.length])).toEqual([
      [1, '#000001', 2],
      [4, '#ff0000', 1],
    ]);
    close(outlines[0]!.rings[0]!, [[2.4, 2.65], [3.6, 2.65], [3.6, 3.35], [2.4, 3.35]]);
    close(outlines[0]!.rings[1]!, [[-0.1, -0.1], [10.1, -0.1], [10.1, 0.1], [-0.1, 0.1]]);
    close(outlines[1]!.rings[0]!, [[6.3, 2.4], [6.3, 3.6], [5.7, 3.6], [5.7, 2.4]]);
  });

  it('draws nothing when nobody on the floor selected anything', () => {
    expect(remoteOutlines(floor, [peer(1), peer(2, { floorId: 'F2', selection: ['ws1'] })])).toEqual([]);
  });

  it('gives a ring’s edges as closed segment pairs', () => {
    const segments = ringSegments([rect(0, 0, 2, 1)]);
    expect(segments).toEqual([[0, 0], [2, 0], [2, 0], [2, 1], [2, 1], [0, 1], [0, 1], [0, 0]]);
  });
});

describe('selectionKey', () => {
  it('changes with a selection or a colour on the open floor, not with a pointer or a peer elsewhere', () => {
    const peers = [peer(1, { selection: ['ws1'] }), peer(2, { floorId: 'F2', selection: ['ws2'] })];
    const key = selectionKey(peers, 'F1');
    expect(key).not.toBe('');
    expect(selectionKey([{ ...peers[0]!, pointer: { x: 1, y: 1 } }, peers[1]!], 'F1')).toBe(key);
    expect(selectionKey([peers[0]!, { ...peers[1]!, selection: ['w1'] }], 'F1')).toBe(key);
    expect(selectionKey([{ ...peers[0]!, selection: ['ws1', 'w1'] }, peers[1]!], 'F1')).not.toBe(key);
    expect(selectionKey([{ ...peers[0]!, color: '#123456' }, peers[1]!], 'F1')).not.toBe(key);
    expect(selectionKey([peer(1)], 'F1')).toBe('');
    expect(selectionKey(peers, null)).toBe('');
  });
});
