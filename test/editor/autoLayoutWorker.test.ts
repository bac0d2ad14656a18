import { describe, expect, it } from 'vitest';
import { handleLayoutRequest, type LayoutWorkerMessage } from '../../src/editor/autoLayout.worker.ts';
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
});
