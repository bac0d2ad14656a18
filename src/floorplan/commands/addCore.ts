// Add a core: a stair, lift or shaft that nobody occupies.
import { CORE_KINDS, type Core } from '../types.ts';
import { isValidPolygonValue, refuseUsedIds } from './checks.ts';
import { refuse, type Command } from './command.ts';
import { floorById } from './floorElements.ts';

export interface AddCoreArgs {
  floorId: string;
  core: Core;
}

export const addCore: Command<AddCoreArgs> = {
  type: 'cores/add',
  labelKey: 'commands.addCore',
  apply(draft, { floorId, core }) {
    const floor = floorById(draft, floorId);
    if (!floor) return refuse('commands.refused.noFloor');
    if (!CORE_KINDS.includes(core.kind)) return refuse('commands.refused.badKind', [core.id]);
    if (!isValidPolygonValue(core.polygon)) return refuse('commands.refused.badPolygon', [core.id]);
    const clash = refuseUsedIds(draft, [core.id]);
    if (clash) return clash;
    floor.cores.push(structuredClone(core));
    return undefined;
  },
};
