export { parsePlan, parsePlanValue, MAX_PROBLEMS, type ParseResult } from './parsePlan.ts';
export { serializePlan, type SerializeOptions } from './serializePlan.ts';
export { CURRENT_VERSION, MIGRATIONS, migrate, type Migration } from './migrations.ts';
export { describeProblem, formatPath, type PlanProblem } from './problems.ts';
export { planSchema } from './schema.ts';
