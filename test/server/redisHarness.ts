// A throwaway Redis for the server's tests: Debian's redis-server as a child process on a free
// port on 127.0.0.1, with nothing written to disk (--save '' --appendonly no). Skipped with the
// reason printed where redis-server is missing, failed instead where services are required (see
// postgresHarness.ts).
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { cleanUpAfterThisProcess, freePort, type Availability } from './postgresHarness.ts';

export function findRedisServer(env: NodeJS.ProcessEnv = process.env): Availability {
  const dirs = [...(env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/bin', '/usr/local/bin', '/usr/sbin'];
  for (const dir of dirs) {
    try {
      accessSync(join(dir, 'redis-server'), constants.X_OK);
      return { ok: true, binDir: dir };
    } catch {
      // not here
    }
  }
  return { ok: false, reason: 'no redis-server on the PATH or in /usr/bin; install Debian\'s redis-server package (apt-get install redis-server)' };
}

export interface TestRedis {
  readonly port: number;
  /** redis://127.0.0.1:<port> */
  readonly url: string;
  stop(): Promise<void>;
}

export async function startRedis(binDir: string): Promise<TestRedis> {
  const port = await freePort();
  const child = spawn(join(binDir, 'redis-server'), ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  if (child.pid !== undefined) cleanUpAfterThisProcess(`kill -9 ${child.pid}`, child.pid);
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start within 10 s:\n${output}`)), 10_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}:\n${output}`));
    });
  });
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      process.off('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
