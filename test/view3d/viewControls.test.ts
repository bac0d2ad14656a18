// Wheel steps: a notch (100 px, or 3 lines) zooms by the same factor whatever the mouse; small
// trackpad deltas zoom by as much less; a pinch (Ctrl+wheel) is amplified; bursts are capped.
import { describe, expect, it } from 'vitest';
import { WHEEL_STEP, wheelFactor } from '../../src/view3d/viewControls.ts';

const wheel = (deltaY: number, deltaMode = 0, ctrlKey = false) => ({ deltaY, deltaMode, ctrlKey });

describe('wheel zoom factor', () => {
  it('one notch in or out is WHEEL_STEP, in pixels or in lines', () => {
    expect(WHEEL_STEP).toBeGreaterThanOrEqual(1.1);
    expect(WHEEL_STEP).toBeLessThanOrEqual(1.2);
    expect(wheelFactor(wheel(-100))).toBeCloseTo(WHEEL_STEP, 12);
    expect(wheelFactor(wheel(100))).toBeCloseTo(1 / WHEEL_STEP, 12);
    expect(wheelFactor(wheel(-3, 1))).toBeCloseTo(WHEEL_STEP, 12);
  });

  it('ten small trackpad events make one notch; a pinch counts ten times', () => {
    expect(wheelFactor(wheel(-10)) ** 10).toBeCloseTo(WHEEL_STEP, 12);
    expect(wheelFactor(wheel(-10, 0, true))).toBeCloseTo(WHEEL_STEP, 12);
  });

  it('a burst zooms at most three notches', () => {
    expect(wheelFactor(wheel(-1000))).toBeCloseTo(WHEEL_STEP ** 3, 12);
  });
});
