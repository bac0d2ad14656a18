// A throwaway Postgres for the server's tests: initdb into a temporary folder, started on a free
// TCP port on 127.0.0.1 with trust authentication (its unix socket in the same folder), stopped
// and removed at the end. Postgres refuses to run as root, so as root the binaries run as the
// `postgres` user (Debian's package makes it) through runuser.
//
// Where the binaries are missing the tests that need them are skipped with the reason printed,
// except where services are required (CI, or CALLFLOOR_REQUIRE_SERVICES=1, which
// scripts/test-all.sh sets): there a missing binary fails the tests instead.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { accessSync, chmodSync, chownSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
const POSTGRES_BINARIES = ['initdb', 'pg_ctl', 'postgres'] as const;

/** True where a missing service must fail the tests rather than skip them. */
export function servicesRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI;
  return env.CALLFLOOR_REQUIRE_SERVICES === '1' || (ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false');
}

/** how long starting or stopping a service may take in a test hook (a loaded CI machine is slow) */
export const SERVICE_HOOK_MS = 60_000;

export type Availability = { readonly ok: true; readonly binDir: string } | { readonly ok: false; readonly reason: string };

/**
 * Whether `service` can run here: skipped (reason printed) when not, or thrown where services
 * are required. Call it at the top of a test file and hand `!ok` to describe.skipIf.
 */
export function availability(service: string, found: Availability, env: NodeJS.ProcessEnv = process.env): Availability {
  if (found.ok) return found;
  const message = `${service} tests: ${found.reason}`;
  if (servicesRequired(env)) throw new Error(`${message} (services are required here: CI or CALLFLOOR_REQUIRE_SERVICES=1)`);
  console.warn(`SKIPPED ${message}`);
  return found;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The folder holding initdb, pg_ctl and postgres: $CALLFLOOR_POSTGRES_BIN, Debian's
 * /usr/lib/postgresql/<version>/bin (newest first), /usr/local/bin, then the PATH.
 */
export function findPostgresBinaries(env: NodeJS.ProcessEnv = process.env): Availability {
  const candidates: string[] = [];
  if (env.CALLFLOOR_POSTGRES_BIN) candidates.push(env.CALLFLOOR_POSTGRES_BIN);
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((name) => /^\d+(\.\d+)?$/.test(name))
      .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
    for (const version of versions) candidates.push(join(debian, version, 'bin'));
  }
  candidates.push('/usr/local/bin', ...(env.PATH ?? '').split(delimiter).filter(Boolean));
  const binDir = candidates.find((dir) => POSTGRES_BINARIES.every((name) => isExecutable(join(dir, name))));
  if (!binDir) {
    return {
      ok: false,
      reason: `no Postgres binaries (${POSTGRES_BINARIES.join(', ')}) in /usr/lib/postgresql/<version>/bin, /usr/local/bin or the PATH; install Debian's postgresql package (apt-get install postgresql) or set CALLFLOOR_POSTGRES_BIN`,
    };
  }
  if (process.getuid?.() === 0 && postgresUserIds() === null) {
    return { ok: false, reason: 'running as root and there is no `postgres` user to run Postgres as (initdb refuses root)' };
  }
  return { ok: true, binDir };
}

/** uid and gid of the `postgres` user, or null when there is none. */
function postgresUserIds(): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : null;
  } catch {
    return null;
  }
}

/** A TCP port nothing listens on at the moment (asked of the kernel). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A detached shell that runs `cleanup` once this test process is gone, however it ended (a
 * killed test run must not leave a database or a Redis running). With `target`, it stops
 * watching as soon as that process ends on its own (stopped by the test).
 */
export function cleanUpAfterThisProcess(cleanup: string, target?: number): void {
  const alive = target === undefined ? `kill -0 ${process.pid}` : `kill -0 ${process.pid} && kill -0 ${target}`;
  const script = `while ${alive} 2>/dev/null; do sleep 1; done; kill -0 ${process.pid} 2>/dev/null || { ${cleanup}; } >/dev/null 2>&1`;
  spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' }).unref();
}

/** A word for sh, quoted. */
export function shellQuote(word: string): string {
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

export interface TestPostgres {
  readonly port: number;
  /** postgres://postgres@127.0.0.1:<port>/<database> */
  url(database: string): string;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server (the data stays); `immediate` is as a crash, `fast` as an administrator's stop. */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  /** Starts it again, on the same port and data. */
  start(): Promise<void>;
  /** Stops it and removes its folder. */
  destroy(): Promise<void>;
}

export async function startPostgres(binDir: string): Promise<TestPostgres> {
  const folder = mkdtempSync(join(tmpdir(), 'callfloor-pg-'));
  const dataDir = join(folder, 'data');
  const logFile = join(folder, 'postgres.log');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const ids = postgresUserIds();
    if (!ids) throw new Error('no postgres user');
    chownSync(folder, ids.uid, ids.gid);
  }
  chmodSync(folder, 0o700);
  // as root, every Postgres binary runs as the postgres user
  const postgresCommand = (name: string, args: string[]) =>
    run(asRoot ? 'runuser' : join(binDir, name), asRoot ? ['-u', 'postgres', '--', join(binDir, name), ...args] : args, { timeout: 60_000 });
  const port = await freePort();
  const explain = (what: string, error: unknown) => {
    const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-4000) : '';
    const output = error && typeof error === 'object' && 'stderr' in error ? String((error as { stderr: unknown }).stderr) : '';
    return new Error(`${what} failed: ${String(error)}\n${output}\n${log}`);
  };

  try {
    await postgresCommand('initdb', ['-D', dataDir, '--auth=trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw explain('initdb', error);
  }
  // a test server: no fsync (the tests kill Callfloor's server, never the machine)
  const serverOptions = [
    `-p ${port}`,
    `-k ${folder}`,
    '-c listen_addresses=127.0.0.1',
    '-c fsync=off',
    '-c full_page_writes=off',
    '-c max_connections=80',
    '-c shared_buffers=16MB',
  ].join(' ');
  let running = false;
  const start = async () => {
    try {
      await postgresCommand('pg_ctl', ['-D', dataDir, '-l', logFile, '-w', '-t', '30', '-o', serverOptions, 'start']);
      running = true;
    } catch (error) {
      throw explain('pg_ctl start', error);
    }
  };
  const stop = async (mode: 'fast' | 'immediate' = 'fast') => {
    if (!running) return;
    running = false;
    await postgresCommand('pg_ctl', ['-D', dataDir, '-m', mode, '-w', '-t', '30', 'stop']);
  };
  // a test run that dies must not leave a Postgres behind
  const stopOnExit = () => {
    if (!running) return;
    try {
      execFileSync(asRoot ? 'runuser' : join(binDir, 'pg_ctl'), [...(asRoot ? ['-u', 'postgres', '--', join(binDir, 'pg_ctl')] : []), '-D', dataDir, '-m', 'immediate', 'stop'], {
        stdio: 'ignore',
      });
    } catch {
      // already gone
    }
  };
  process.once('exit', stopOnExit);
  const pgCtl = [...(asRoot ? ['runuser', '-u', 'postgres', '--'] : []), join(binDir, 'pg_ctl')].map(shellQuote).join(' ');
  cleanUpAfterThisProcess(`${pgCtl} -D ${shellQuote(dataDir)} -m immediate -w stop; rm -rf ${shellQuote(folder)}`);
  try {
    await start();
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }

  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    url,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    stop,
    start,
    async destroy() {
      process.off('exit', stopOnExit);
      await stop('immediate').catch(() => {});
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
