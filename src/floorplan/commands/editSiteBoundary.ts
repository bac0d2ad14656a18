// Replace the land parcel (用地红线).
import type { Polygon } from '../types.ts';
import { isValidPolygonValue } from './checks.ts';
import { refuse, type Command } from './command.ts';

export interface EditSiteBoundaryArgs {
  boundary: Polygon;
}

export const editSiteBoundary: Command<EditSiteBoundaryArgs> = {
  type: 'site/edit-boundary',
  labelKey: 'commands.editSiteBoundary',
  apply(draft, { boundary }) {
    if (!isValidPolygonValue(boundary)) return refuse('commands.refused.badPolygon');
    draft.site.boundary = structuredClone(boundary);
    return undefined;
  },
};
