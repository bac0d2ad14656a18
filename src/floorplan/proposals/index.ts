// Proposals (alternative layouts of one project), their costs and their comparison.
export * from './proposals.ts';
export * from './costs.ts';
export * from './compare.ts';
export * from './comparePlan.ts';
export * from './chartGroups.ts';
