import { describe, expect, it } from 'vitest';
import { handleLayoutRequest, type LayoutWorkerMessage } from '../../src/editor/autoLayout.worker.ts';
import { setIdSpace } from '../../src/floorplan/commands/idSpace.ts';
import { CHECK_DATE, planOf, rectangleFloor } from '../rules/layout/layoutFloors.ts';

describe('auto-layout worker', () => {
  it('posts progress before each stage, then the result under the request id', () => {
    const posted: LayoutWorkerMessage[] = [];
    const answer = handleLayoutRequest({ id: 7, plan: planOf(rectangleFloor()), request: { floorId: 'T-3F', variants: ['most-seats', 'comfortable'], run: { date: CHECK_DATE } } }, (m) => posted.push(m));
    expect(posted.map((m) => ('progress' in m ? m.progress.stage : '?'))).toEqual(['baseline', 'most-seats', 'comfortable', 'done']);
    expect(answer.id).toBe(7);
    if (!('result' in answer)) throw new Error('no result');
    expect(answer.result.variants.map((v) => v.id)).toEqual(['most-seats', 'comfortable']);
    expect(answer.result.variants.every((v) => v.passes)).toBe(true);
  }, 30_000);

  it('answers a problem, not an error, for a floor that is not there', () => {
    expect(handleLayoutRequest({ id: 1, plan: planOf(rectangleFloor()), request: { floorId: 'nope' } })).toEqual({ id: 1, problem: { problem: 'noFloor', detail: 'nope' } });
  });

  it('makes the new desks\' ids in the id space the page sends (a shared project\'s tag)', () => {
    try {
      const answer = handleLayoutRequest({ id: 2, plan: planOf(rectangleFloor()), request: { floorId: 'T-3F', variants: ['most-seats'], run: { date: CHECK_DATE } }, idSpace: 'k3f' });
      if (!('result' in answer)) throw new Error('no result');
      const ids = answer.result.variants[0]!.workstations.map((w) => w.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.every((id) => id.endsWith('~k3f'))).toBe(true);
    } finally {
      setIdSpace(null);
    }
  }, 30_000);
});
