// Add a green area to the site, or remove one by its index in `site.green`.
import type { Polygon } from '../types.ts';
import { isValidPolygonValue } from './checks.ts';
import { refuse, type Command } from './command.ts';

export interface AddGreenArgs {
  polygon: Polygon;
}

export const addGreen: Command<AddGreenArgs> = {
  type: 'site/add-green',
  labelKey: 'commands.addGreen',
  apply(draft, { polygon }) {
    if (!isValidPolygonValue(polygon)) return refuse('commands.refused.badPolygon');
    draft.site.green.push(structuredClone(polygon));
    return undefined;
  },
};

export interface RemoveGreenArgs {
  index: number;
}

export const removeGreen: Command<RemoveGreenArgs> = {
  type: 'site/remove-green',
  labelKey: 'commands.removeGreen',
  apply(draft, { index }) {
    if (!Number.isInteger(index) || index < 0 || index >= draft.site.green.length) return refuse('commands.refused.notFound');
    draft.site.green.splice(index, 1);
    return undefined;
  },
};
