// `tsx server/main.ts` as a child process on a free port (or a given one) with a data folder:
// what the load benchmark measures (its memory apart from the clients') and what the battery
// kills with SIGKILL. Tokens are signed with the folder's secret, as `create-project` does.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Role } from '../../server/roles.ts';
import { mintToken } from '../../server/shareLinks.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const PROBE = fileURLToPath(new URL('./serverMemoryProbe.ts', import.meta.url));

export interface ServerMemory {
  /** bytes */
  readonly rss: number;
  readonly heapUsed: number;
  readonly heapTotal: number;
  readonly external: number;
  readonly arrayBuffers: number;
  /** the peak resident size since the process started */
  readonly maxRss: number;
  /** CPU time the process used so far (user + system), ms */
  readonly cpuMs: number;
  /** time its event loop was busy (code, or a synchronous call like SQLite's fsync) and idle so far, ms */
  readonly loopActiveMs: number;
  readonly loopIdleMs: number;
}

export interface ServerProcess {
  readonly child: ChildProcess;
  readonly port: number;
  readonly wsUrl: string;
  readonly httpUrl: string;
  readonly dataDir: string;
  /** what the process printed (stdout and stderr) */
  output(): string;
  token(project: string, role: Role, expiresInS?: number): string;
  /** the server's memory (with `gc`, after a garbage collection) */
  memory(gc?: boolean): Promise<ServerMemory>;
  /** SIGTERM: the server compacts its documents and exits */
  stop(): Promise<void>;
  /** SIGKILL: nothing is compacted or closed */
  kill(): Promise<void>;
}

export interface ServerProcessOptions {
  readonly dataDir: string;
  /** 0 (default): a free port */
  readonly port?: number;
  /** extra command-line options (--rate, --burst …) */
  readonly args?: readonly string[];
  /** answer memory requests (loads the probe into the process) */
  readonly memoryProbe?: boolean;
  readonly startTimeoutMs?: number;
}

/** Starts the server process; resolves once it says it is listening. */
export function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const nodeArgs = ['--import', 'tsx'];
  if (options.memoryProbe) nodeArgs.unshift('--expose-gc');
  if (options.memoryProbe) nodeArgs.push('--import', PROBE);
  const child = spawn(
    process.execPath,
    [...nodeArgs, 'server/main.ts', '--port', String(options.port ?? 0), '--host', '127.0.0.1', '--data', options.dataDir, ...(options.args ?? [])],
    { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe', ...(options.memoryProbe ? (['ipc'] as const) : [])] },
  );
  let output = '';
  let requests: Promise<ServerMemory> = Promise.resolve({} as ServerMemory);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start within ${options.startTimeoutMs ?? 30_000} ms:\n${output}`));
    }, options.startTimeoutMs ?? 30_000);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code} before listening:\n${output}`));
    };
    child.once('exit', onExit);
    const read = (chunk: Buffer) => {
      const wasListening = /listening on 127\.0\.0\.1:\d+/.test(output);
      output += chunk.toString();
      const port = /listening on 127\.0\.0\.1:(\d+)/.exec(output)?.[1];
      if (!port || wasListening) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      const secret = Buffer.from(readFileSync(join(options.dataDir, 'secret.key'), 'utf8').trim(), 'utf8');
      const signal = async (name: NodeJS.Signals) => {
        if (child.exitCode === null && child.signalCode === null) child.kill(name);
        await exited;
      };
      resolve({
        child,
        port: Number(port),
        wsUrl: `ws://127.0.0.1:${port}`,
        httpUrl: `http://127.0.0.1:${port}`,
        dataDir: options.dataDir,
        output: () => output,
        token: (project, role, expiresInS = 3600) => mintToken(secret, project, role, expiresInS).token,
        // one request at a time: each reply answers the request before it
        memory: (gc = false) =>
          (requests = requests.catch(() => ({}) as ServerMemory).then(
            () =>
              new Promise<ServerMemory>((resolveMemory, rejectMemory) => {
                if (!child.send) return rejectMemory(new Error('the server was started without the memory probe'));
                child.once('message', (message) => resolveMemory(message as ServerMemory));
                child.send({ gc });
              }),
          )),
        stop: () => signal('SIGTERM'),
        kill: () => signal('SIGKILL'),
      });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
  });
}
