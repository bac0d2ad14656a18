// Writes docs/callfloor.schema.json from the zod schema, for other tools that read or write
// plan files. `npm run schema`; a test fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { planJsonSchema } from '../src/floorplan/format/jsonSchema.ts';

const target = fileURLToPath(new URL('../docs/callfloor.schema.json', import.meta.url));
writeFileSync(target, JSON.stringify(planJsonSchema(), null, 2) + '\n');
console.log(`wrote ${target}`);
