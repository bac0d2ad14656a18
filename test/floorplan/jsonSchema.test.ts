import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planJsonSchema } from '../../src/floorplan/format/jsonSchema.ts';

describe('the published JSON Schema', () => {
  it('docs/callfloor.schema.json matches the zod schema (run `npm run schema` after a format change)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../docs/callfloor.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(planJsonSchema());
  });
  it('requires the top-level fields of format v1 and lists every zone use', () => {
    const schema = planJsonSchema() as any;
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'name', 'site']));
    const text = JSON.stringify(schema);
    for (const use of ['work', 'management', 'rest', 'cabling', 'dormitory']) expect(text).toContain(`"${use}"`);
  });
});
