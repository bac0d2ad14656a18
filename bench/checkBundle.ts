// `npx tsx bench/checkBundle.ts [dist]`: the build's code sizes against their ceilings in
// bench/ratchets.json (see bench/ratchets.ts); exits 1 above a ceiling. The test command runs it
// on its own build (.test-dist).
import { bundleFigures, checkRatchets, printRatchets, readRatchets } from './ratchets.ts';

const dist = process.argv[2] ?? 'dist';
const ok = printRatchets(`bundle sizes of ${dist}/ (ceilings: bench/ratchets.json)`, checkRatchets(bundleFigures(dist), readRatchets()));
if (!ok) process.exitCode = 1;
