// Every measure, at the sizes it makes sense for. --quick keeps the smallest size of each.
import type { Measure } from '../harness.ts';
import { autoLayoutMeasures } from './autoLayout.ts';
import { browserMeasures } from './browser.ts';
import { dragMeasures } from './drag.ts';
import { convertMeasures } from './convert.ts';
import { dxfMeasures } from './dxf.ts';
import { egressMeasures } from './egress.ts';
import { formatMeasures } from './format.ts';
import { liveCheckMeasures } from './liveCheck.ts';
import { rulesMeasures } from './rules.ts';
import { storageMeasures } from './storage.ts';

export async function measures({ quick }: { quick: boolean }): Promise<Measure[]> {
  const parkSizes = quick ? [1000] : [1000, 5000, 20000, 150000];
  const floorSizes = quick ? [500] : [500, 2000];
  // the rule checks first: the 150,000-seat plans the file-format measures build stay in memory
  // and would slow every later measure's garbage collection
  return [...rulesMeasures(quick), ...egressMeasures(floorSizes), ...formatMeasures(parkSizes), ...browserMeasures(quick), ...dragMeasures(quick), ...liveCheckMeasures(), ...storageMeasures(quick), ...dxfMeasures(quick), ...convertMeasures(quick), ...autoLayoutMeasures()];
}
