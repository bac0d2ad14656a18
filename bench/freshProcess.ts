// A bench script run in a fresh Node process (through tsx), so what it measures is its own: its
// peak memory, or a worker's first compiled code. The script prints one JSON line last.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Runs `bench/<script>` with `args` in a fresh process and returns its last line, parsed as JSON. */
export function resultOfFreshProcess<T>(script: string, args: readonly string[]): T {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', script), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').at(-1)!) as T;
}
