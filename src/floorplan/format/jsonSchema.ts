// The plan format as JSON Schema (draft 2020-12), generated from the zod schema so the two
// can never disagree. Geometry validity (simple polygons, unique ids) is beyond JSON Schema
// and stays in parsePlan.
import { z } from 'zod';
import { CURRENT_VERSION } from './migrations.ts';
import { planSchema } from './schema.ts';

export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(planSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return {
    $id: 'https://callfloor.invalid/schema/plan-v' + CURRENT_VERSION + '.json',
    title: `Callfloor plan, format version ${CURRENT_VERSION}`,
    description: 'See docs/plan-format.md. Polygons must also be simple (no self-crossing) with non-zero area, and ids unique in the document; parsePlan checks those.',
    ...schema,
  };
}
