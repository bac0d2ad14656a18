// vent.openable-window (gb) — each window's openable fraction ≥ 0.30 (JGJ 67-2006 §4.1.6, warn).
// A window without `openable`: n/a, the input is missing.
import { compare, round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';

export const openableWindow: FloorRule = {
  id: 'vent.openable-window',
  area: 'ventilation',
  scope: 'floor',
  parameters: { gb: ['vent.openableFraction'] },
  check(ctx) {
    const { read } = ctx;
    const limit = read.num('vent.openableFraction');
    const required = { value: limit, unit: '', comparator: '>=' as const };
    return ctx.floor.windows.map((w) => {
      const point: [number, number] = [(w.a[0] + w.b[0]) / 2, (w.a[1] + w.b[1]) / 2];
      if (w.openable === undefined) {
        return floorFinding(this, ctx, { status: 'n/a', variant: 'na-missing', measured: { value: null, unit: '' }, required, clause: read.clause('vent.openableFraction'), elementIds: [w.id], point, params: { window: w.id, input: 'openable' } });
      }
      return floorFinding(this, ctx, {
        status: compare(w.openable, '>=', limit, read.advisory('vent.openableFraction')),
        measured: { value: round(w.openable, 3), unit: '' }, required, clause: read.clause('vent.openableFraction'),
        elementIds: [w.id], point, params: { window: w.id },
      });
    });
  },
};
