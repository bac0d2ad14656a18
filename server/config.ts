// `npm run server` options, from flags first, then CALLFLOOR_* environment variables, then defaults.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerOptions } from './collabServer.ts';
import { isRole, type Role } from './roles.ts';

export const DEFAULT_PORT = 4300;
export const DEFAULT_DATA_DIR = './callfloor-data';
/** the repository's build output, next to this folder */
export const DEFAULT_APP_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

export const USAGE = `Callfloor server: live collaboration (Hocuspocus; SQLite or Postgres storage) and the built app on one port.

  npm run server -- [options]
  npm run server -- create-project <project-id> [--role owner] [--days 365] [--data <dir>] [--secret-file <file>]

Options (environment variable in brackets):
  --port <n>                  HTTP and WebSocket port, default ${DEFAULT_PORT} [CALLFLOOR_PORT]
  --host <address>            address to listen on, default 0.0.0.0 (every interface) [CALLFLOOR_HOST]
  --data <dir>                data folder (SQLite file, secret), default ${DEFAULT_DATA_DIR} [CALLFLOOR_DATA]
  --postgres <url>            postgres://user@host:5432/db: store in Postgres instead of SQLite; several
                              instances may share the database [CALLFLOOR_POSTGRES_URL]
  --secret-file <file>        token signing secret, made on first start, default <data>/secret.key [CALLFLOOR_SECRET_FILE]
  --redis <url>               redis://host:6379: share live documents between several instances [CALLFLOOR_REDIS]
  --app <dir>                 built app to serve, default dist/ of this checkout [CALLFLOOR_APP]
  --max-update-bytes <n>      largest message a client may send, default 16777216 [CALLFLOOR_MAX_UPDATE_BYTES]
  --rate <n>                  messages a second per connection on average, default 120 [CALLFLOOR_RATE]
  --burst <n>                 messages a connection may send at once, default 600 [CALLFLOOR_BURST]
  --help                      this text
`;

export type Command =
  | { readonly kind: 'serve'; readonly options: ServerOptions }
  | {
      readonly kind: 'create-project';
      readonly project: string;
      readonly role: Role;
      readonly days: number;
      readonly dataDir: string;
      readonly secretFile: string;
    }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string };

const VALUE_FLAGS = ['port', 'host', 'data', 'secret-file', 'redis', 'postgres', 'app', 'max-update-bytes', 'rate', 'burst', 'role', 'days'] as const;
type Flag = (typeof VALUE_FLAGS)[number];

export function parseCommand(argv: readonly string[], env: NodeJS.ProcessEnv): Command {
  const flags = new Map<Flag, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (!(VALUE_FLAGS as readonly string[]).includes(name)) return { kind: 'error', message: `unknown option --${name}` };
      const value = inline ?? argv[++i];
      if (value === undefined) return { kind: 'error', message: `--${name} needs a value` };
      flags.set(name as Flag, value);
    } else {
      positional.push(arg);
    }
  }
  const pick = (flag: Flag, envName: string): string | undefined => flags.get(flag) ?? (env[envName] || undefined);
  const dataDir = pick('data', 'CALLFLOOR_DATA') ?? DEFAULT_DATA_DIR;
  const secretFile = pick('secret-file', 'CALLFLOOR_SECRET_FILE') ?? join(dataDir, 'secret.key');

  if (positional[0] === 'create-project') {
    const project = positional[1];
    if (!project || positional.length > 2) return { kind: 'error', message: 'create-project wants one project id' };
    const role = flags.get('role') ?? 'owner';
    if (!isRole(role)) return { kind: 'error', message: `--role must be owner, planner, facility-manager or viewer, not ${role}` };
    const days = Number(flags.get('days') ?? 365);
    if (!(days > 0)) return { kind: 'error', message: '--days must be a positive number' };
    return { kind: 'create-project', project, role, days, dataDir, secretFile };
  }
  if (positional.length > 0) return { kind: 'error', message: `unknown command ${positional[0]}` };

  const numbers: Record<string, number> = {};
  for (const [flag, envName, fallback, min] of [
    ['port', 'CALLFLOOR_PORT', DEFAULT_PORT, 0],
    ['max-update-bytes', 'CALLFLOOR_MAX_UPDATE_BYTES', 16 * 1024 * 1024, 1024],
    ['rate', 'CALLFLOOR_RATE', 120, 1],
    ['burst', 'CALLFLOOR_BURST', 600, 1],
  ] as const) {
    const text = pick(flag, envName);
    const value = text === undefined ? fallback : Number(text);
    if (!Number.isFinite(value) || value < min || (flag === 'port' && (!Number.isInteger(value) || value > 65535))) {
      return { kind: 'error', message: `--${flag} must be a number of at least ${min}, not ${text}` };
    }
    numbers[flag] = value;
  }
  const postgresUrl = pick('postgres', 'CALLFLOOR_POSTGRES_URL');
  if (postgresUrl !== undefined && !/^postgres(ql)?:\/\//.test(postgresUrl)) {
    return { kind: 'error', message: '--postgres wants a postgres:// or postgresql:// URL' };
  }
  return {
    kind: 'serve',
    options: {
      port: numbers.port as number,
      host: pick('host', 'CALLFLOOR_HOST') ?? '0.0.0.0',
      dataDir,
      secretFile,
      redisUrl: pick('redis', 'CALLFLOOR_REDIS'),
      postgresUrl,
      appDir: pick('app', 'CALLFLOOR_APP') ?? DEFAULT_APP_DIR,
      maxUpdateBytes: numbers['max-update-bytes'] as number,
      rateLimit: { perSecond: numbers.rate as number, burst: numbers.burst as number },
    },
  };
}
