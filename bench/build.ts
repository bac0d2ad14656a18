// The build the browser measures serve. By default the bench builds the app itself, once per run,
// into a folder of its own (bench/out/dist, ignored by git), so `npm run bench` works on a fresh
// clone and always measures the sources as they are (a dist/ left from an older checkout would
// measure old code). CALLFLOOR_DIST names a ready build instead (the test command passes its own).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** the bench's own build, relative to the repository root */
export const BENCH_DIST = 'bench/out/dist';

let built: Promise<string> | null = null;

/** Runs `vite build` into `outDir` (relative to the repository root); rejects when it fails. */
export function viteBuild(outDir: string): Promise<void> {
  return new Promise((done, reject) => {
    const child = spawn(`${ROOT}node_modules/.bin/vite`, ['build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? done() : reject(new Error(`vite build into ${outDir} failed (exit ${code})`))));
  });
}

/**
 * The folder to serve (absolute): CALLFLOOR_DIST when set (a build, relative to the repository
 * root or absolute), else the bench's own build, made on the first call of a run.
 */
export function benchBuild(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const given = env['CALLFLOOR_DIST'];
  if (given) {
    const dir = resolve(ROOT, given);
    if (!existsSync(join(dir, 'index.html'))) return Promise.reject(new Error(`CALLFLOOR_DIST=${given} holds no build (no index.html)`));
    return Promise.resolve(dir);
  }
  built ??= (async () => {
    const t0 = performance.now();
    console.error(`  building the app into ${BENCH_DIST}/ for the browser measures…`);
    await viteBuild(BENCH_DIST);
    console.error(`  built in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    return resolve(ROOT, BENCH_DIST);
  })();
  return built;
}
