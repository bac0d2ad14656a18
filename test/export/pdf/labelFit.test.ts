import { describe, expect, it } from 'vitest';
import { labelAnchors, placeLabel, rectInsidePolygon, rectsOverlap, segmentCrossesRect } from '../../../src/export/pdf/labelFit.ts';
import type { Point } from '../../../src/floorplan/types.ts';

const L: Point[] = [
  [0, 0],
  [10, 0],
  [10, 4],
  [4, 4],
  [4, 10],
  [0, 10],
];

describe('text boxes', () => {
  it('touching boxes do not overlap, unless kept a gap apart', () => {
    const a = { x: 0, y: 0, width: 2, height: 1 };
    const b = { x: 2, y: 0, width: 1, height: 1 };
    expect(rectsOverlap(a, b)).toBe(false);
    expect(rectsOverlap(a, b, 0.1)).toBe(true);
    expect(rectsOverlap(a, { x: 1.5, y: 0.5, width: 1, height: 1 })).toBe(true);
  });

  it('a segment through a box crosses it; one along its edge or beside it does not', () => {
    const r = { x: 0, y: 0, width: 2, height: 2 };
    expect(segmentCrossesRect([-1, 1], [3, 1], r)).toBe(true);
    expect(segmentCrossesRect([1, 1], [1, 1.5], r)).toBe(true); // wholly inside
    expect(segmentCrossesRect([0, -1], [0, 3], r)).toBe(false); // along the left edge
    expect(segmentCrossesRect([3, 0], [3, 2], r)).toBe(false);
  });

  it('fits a box in an L-shaped zone only clear of the inner corner', () => {
    expect(rectInsidePolygon({ x: 1, y: 1, width: 2, height: 2 }, L)).toBe(true);
    expect(rectInsidePolygon({ x: 5, y: 1, width: 4, height: 2 }, L)).toBe(true);
    expect(rectInsidePolygon({ x: 2, y: 2, width: 3, height: 3 }, L)).toBe(false); // centre inside, but round the corner at (4, 4)
    expect(rectInsidePolygon({ x: 6, y: 6, width: 1, height: 1 }, L)).toBe(false); // in the notch
  });

  it('anchors a label at the middle of a rectangle, and inside an L whose middle is outside it', () => {
    expect(labelAnchors([[0, 0], [10, 0], [10, 4], [0, 4]])[0]).toEqual([5, 2]);
    const anchors = labelAnchors(L);
    expect(anchors.length).toBeGreaterThan(0);
    for (const a of anchors) expect(a[0] < 4 || a[1] < 4).toBe(true);
  });
});

describe('placing a label', () => {
  const room: Point[] = [
    [0, 0],
    [8, 0],
    [8, 4],
    [0, 4],
  ];

  it('shrinks to the first variant that fits the zone', () => {
    const choice = placeLabel(
      [
        { width: 10, height: 3 },
        { width: 4, height: 2 },
      ],
      [[4, 2]],
      room,
      [],
    );
    expect(choice).toEqual({ variant: 1, rect: { x: 2, y: 1, width: 4, height: 2 } });
  });

  it('moves to the next anchor when the first collides with another label', () => {
    const taken = [{ x: 3, y: 1, width: 1, height: 1 }];
    const choice = placeLabel([{ width: 2, height: 1 }], [[4, 2], [6.5, 2]], room, taken);
    expect(choice?.rect).toEqual({ x: 5.5, y: 1.5, width: 2, height: 1 });
  });

  it('drops the label when no variant fits clear of the others', () => {
    const taken = [{ x: 3, y: 1, width: 1, height: 1 }];
    expect(placeLabel([{ width: 4, height: 2 }, { width: 2, height: 1 }], [[4, 2]], room, taken)).toBeNull();
  });
});

describe('keeping clear of the zone edge', () => {
  it('a label that fills its zone fits without an inset and not with one', () => {
    const room: Point[] = [
      [0, 0],
      [4, 0],
      [4, 2],
      [0, 2],
    ];
    expect(placeLabel([{ width: 3.8, height: 1 }], [[2, 1]], room, [])?.variant).toBe(0);
    expect(placeLabel([{ width: 3.8, height: 1 }], [[2, 1]], room, [], 0.4, 0.5)).toBeNull();
    expect(placeLabel([{ width: 3.8, height: 1 }, { width: 2.9, height: 0.9 }], [[2, 1]], room, [], 0.4, 0.5)?.variant).toBe(1);
  });
});
