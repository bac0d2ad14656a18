// Writes the shipped samples under public/samples/ from the seeded generator (`npm run samples`).
// The spec's example is copied as it is.
import { copyFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serializePlan } from '../src/floorplan/format/serializePlan.ts';
import { generateSamplePark, generateSmallFloor } from '../src/floorplan/generate/park.ts';
import { countSeats } from '../src/floorplan/queries/seats.ts';

const dir = fileURLToPath(new URL('../public/samples/', import.meta.url));
const park = generateSamplePark();
writeFileSync(`${dir}sample-park.callfloor.json`, serializePlan(park, { indent: 0 }));
const small = generateSmallFloor();
writeFileSync(`${dir}small-floor.callfloor.json`, serializePlan(small));
const spec = fileURLToPath(new URL('../../shared/samples/example.callfloor.json', import.meta.url));
try {
  copyFileSync(spec, `${dir}example.callfloor.json`);
} catch {
  // Outside the workspace the committed copy stays.
}
console.log(`sample-park: ${countSeats(park)} seats; small-floor: ${countSeats(small)} seats`);
