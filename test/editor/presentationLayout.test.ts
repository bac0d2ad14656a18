// The KPI card's place in presentation mode: beside the building where a corner is free, else in
// a column of its own with the picture moved into the rest; and the camera view offset that
// moves the picture exactly so (checked through three.js's own projection).
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { boxesOverlap, cardBox, layoutCard, shiftBox, viewOffset, type ScreenBox } from '../../src/editor/presentationLayout.ts';

const CARD = { width: 260, height: 230 };

describe('layoutCard', () => {
  it('keeps the picture and takes the top-left corner when the building leaves it free', () => {
    const building = { minX: 400, minY: 120, maxX: 1100, maxY: 600 };
    const out = layoutCard({ canvas: { width: 1280, height: 720 }, card: CARD, building });
    expect(out).toEqual({ card: { x: 16, y: 16 }, side: 'left', view: null });
  });

  it('takes the top-right corner when the building sits top left', () => {
    const building = { minX: 20, minY: 20, maxX: 700, maxY: 500 };
    const out = layoutCard({ canvas: { width: 1280, height: 720 }, card: CARD, building });
    // 1280 − 16 − 260 = 1004
    expect(out).toEqual({ card: { x: 1004, y: 16 }, side: 'right', view: null });
  });

  it('counts the gap: a building 10 px from the corner card is too close, 13 px is not', () => {
    // the card ends at x = 16 + 260 = 276; with the 12 px gap the building must start at 288 or later
    const at = (minX: number) => layoutCard({ canvas: { width: 1280, height: 720 }, card: CARD, building: { minX, minY: 16, maxX: 1264, maxY: 700 } });
    expect(at(289)).toEqual({ card: { x: 16, y: 16 }, side: 'left', view: null });
    const near = at(286);
    expect(near.card).toEqual({ x: 16, y: 16 });
    expect(near.view).not.toBeNull();
    expect(shiftBox({ minX: 286, minY: 16, maxX: 1264, maxY: 700 }, near.view).minX).toBeGreaterThanOrEqual(288 - 1e-9);
  });

  it('moves and shrinks a building that fills the canvas into the part the card leaves (hand-computed)', () => {
    const building = { minX: 100, minY: 50, maxX: 1180, maxY: 700 };
    const out = layoutCard({ canvas: { width: 1280, height: 720 }, card: CARD, building, bottomReserved: 64 });
    // centre x 640 ≥ 640: the card goes left; its column is 16 + 260 + 12 = 288 px
    expect(out.card).toEqual({ x: 16, y: 16 });
    expect(out.side).toBe('left');
    // region x 288…1264 (976), y 16…656 (640); building 1080 × 650 → scale min(976/1080, 640/650)
    expect(out.view!.scale).toBeCloseTo(976 / 1080, 10);
    expect(out.view!.from).toEqual({ x: 640, y: 375 });
    expect(out.view!.to).toEqual({ x: 776, y: 336 });
    const moved = shiftBox(building, out.view);
    expect(moved.minX).toBeCloseTo(288, 9);
    expect(moved.maxX).toBeCloseTo(1264, 9);
    expect(moved.maxY).toBeLessThanOrEqual(656 + 1e-9);
    expect(boxesOverlap(moved, cardBox(out.card, CARD))).toBe(false);
  });

  it('never lets the card and the building overlap, at 1280×720, 1440×900 and 1920×1080', () => {
    for (const canvas of [
      { width: 1280, height: 720 },
      { width: 1440, height: 900 },
      { width: 1920, height: 1080 },
    ]) {
      const boxes: ScreenBox[] = [
        { minX: 0, minY: 0, maxX: canvas.width, maxY: canvas.height },
        { minX: -200, minY: -50, maxX: canvas.width + 100, maxY: canvas.height + 80 },
        { minX: canvas.width * 0.2, minY: 30, maxX: canvas.width * 0.8, maxY: canvas.height - 30 },
        { minX: canvas.width * 0.7, minY: 10, maxX: canvas.width - 10, maxY: canvas.height * 0.5 },
        { minX: 5, minY: 5, maxX: canvas.width * 0.4, maxY: canvas.height - 5 },
      ];
      for (const building of boxes) {
        const out = layoutCard({ canvas, card: CARD, building, bottomReserved: 60 });
        const card = cardBox(out.card, CARD);
        const moved = shiftBox(building, out.view);
        expect(boxesOverlap(card, moved), `${JSON.stringify({ canvas, building })}`).toBe(false);
        // the card stays on the canvas
        expect(card.minX).toBeGreaterThanOrEqual(0);
        expect(card.maxX).toBeLessThanOrEqual(canvas.width);
        if (out.view) {
          expect(moved.minY).toBeGreaterThanOrEqual(16 - 1e-9);
          expect(moved.maxY).toBeLessThanOrEqual(canvas.height - 60 + 1e-9);
        }
      }
    }
  });
});

describe('viewOffset', () => {
  it('moves three.js projections by the view shift', () => {
    const canvas = { width: 1440, height: 900 };
    const camera = new THREE.PerspectiveCamera(45, canvas.width / canvas.height, 0.5, 2000);
    camera.position.set(120, 90, 160);
    camera.lookAt(0, 10, 0);
    camera.updateMatrixWorld();
    const toScreen = (p: THREE.Vector3) => {
      const v = p.clone().project(camera);
      return { x: ((v.x + 1) / 2) * canvas.width, y: ((1 - v.y) / 2) * canvas.height };
    };
    const points = [new THREE.Vector3(0, 0, 0), new THREE.Vector3(40, 30, -20), new THREE.Vector3(-60, 5, 35)];
    const before = points.map(toScreen);
    const view = { scale: 0.8, from: { x: 700, y: 420 }, to: { x: 860, y: 400 } };
    camera.setViewOffset(...viewOffset(canvas, view));
    expect(camera.aspect).toBeCloseTo(canvas.width / canvas.height, 12);
    const after = points.map(toScreen);
    for (const [i, b] of before.entries()) {
      expect(after[i]!.x).toBeCloseTo(0.8 * (b.x - 700) + 860, 6);
      expect(after[i]!.y).toBeCloseTo(0.8 * (b.y - 420) + 400, 6);
    }
  });
});
