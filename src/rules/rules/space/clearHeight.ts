// space.clear-height — the floor's clear ceiling height: gb ≥ 2.50 m (JGJ/T 67, warn);
// intl ≥ 2.286 m (IBC 1003.2).
import { compare } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';

export const clearHeight: FloorRule = {
  id: 'space.clear-height',
  area: 'space',
  scope: 'floor',
  parameters: { gb: ['space.clearHeight'], intl: ['space.clearHeight'] },
  check(ctx) {
    const { read, floor } = ctx;
    const limit = read.num('space.clearHeight');
    return [floorFinding(this, ctx, {
      status: compare(floor.clearHeight, '>=', limit, read.advisory('space.clearHeight')),
      measured: { value: floor.clearHeight, unit: 'm' },
      required: { value: limit, unit: 'm', comparator: '>=' },
      clause: read.clause('space.clearHeight'),
      params: { floor: floor.name },
    })];
  },
};
