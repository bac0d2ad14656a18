// The comparison presentation mode asks for in the app: loaded on demand with the sharing code
// (its worker). The HTML viewer does not import this: it carries its comparison precomputed, and
// its one-file bundle stays free of the PDF code that shareActions.ts also loads.
import type { Comparison } from '../../floorplan/proposals/compare.ts';
import type { PlanDocument } from '../../floorplan/types.ts';

export const compareLazily = (plan: PlanDocument): Promise<Comparison> => import('./shareActions.ts').then(({ comparePlan }) => comparePlan(plan));
