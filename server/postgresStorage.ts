// Durable storage in a Postgres database that several server instances may share (`--postgres`).
// The same guarantees as the SQLite file (storage.ts): every update a client sends is inserted
// into `callfloor_document_updates` and committed (its own statement, autocommit) before the
// server applies and acknowledges it; compaction writes the document's state to its one row in
// `callfloor_documents` and deletes only the logged updates that state contains; a document is
// read back as its row plus the log left, in one statement (one snapshot of the database).
//
// Several instances: two may compact the same document at once, each with the state it holds.
// Compactions of one document take a transaction-scoped advisory lock, so they run one after the
// other, and a compaction whose state lacks something the row holds merges the two
// (Y.mergeUpdates) instead of overwriting: no instance can drop what another one stored.
// Revocations are read into memory on start and again every few seconds, so a link revoked on one
// instance is refused by every instance within that time.
import pg from 'pg';
import * as Y from 'yjs';
import { logLine, type Logger } from './log.ts';
import type { Role } from './roles.ts';
import type { DocumentStore, ShareLink } from './storage.ts';

const SCHEMA_VERSION = 1;
/** the advisory lock key that serializes schema creation between instances starting together */
const SCHEMA_LOCK_KEY = 0x63_66_6c_72; // "cflr"

const SCHEMA = `
CREATE TABLE IF NOT EXISTS callfloor_schema (
  version INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS callfloor_documents (
  name TEXT PRIMARY KEY,
  state BYTEA NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS callfloor_document_updates (
  id BIGSERIAL PRIMARY KEY,
  name TEXT NOT NULL,
  data BYTEA NOT NULL,
  received_at BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS callfloor_document_updates_by_name ON callfloor_document_updates (name, id);
CREATE TABLE IF NOT EXISTS callfloor_links (
  link_id TEXT PRIMARY KEY,
  project TEXT NOT NULL,
  role TEXT NOT NULL,
  label TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS callfloor_revoked_links (
  link_id TEXT PRIMARY KEY,
  project TEXT NOT NULL,
  revoked_at BIGINT NOT NULL
);
`;

export interface PostgresStoreOptions {
  readonly log?: Logger;
  /** how often revocations made by other instances are read (ms) */
  readonly revocationPollMs?: number;
  /** a statement that takes longer fails (ms): a write refused rather than a client left waiting */
  readonly queryTimeoutMs?: number;
  /** how long /health waits for the database (ms) */
  readonly healthTimeoutMs?: number;
}

export class PostgresStore implements DocumentStore {
  readonly kind = 'postgres';
  private readonly revoked = new Set<string>();
  /** per document, the last append: one document's updates are logged in the order they came */
  private readonly appendQueues = new Map<string, Promise<void>>();
  private readonly poll: NodeJS.Timeout;
  private closed = false;

  /** Connects, creates the tables when missing and reads the revocations. */
  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({
      connectionString: url,
      max: 10,
      connectionTimeoutMillis: 5000,
      query_timeout: options.queryTimeoutMs ?? 10_000,
      idleTimeoutMillis: 30_000,
    });
    const log = options.log ?? (() => {});
    // a pooled connection the database drops (restart, network) must not take the process down
    pool.on('error', (error) => log(logLine('postgres connection lost', { error: String(error) })));
    try {
      await createSchema(pool);
      const store = new PostgresStore(pool, log, options);
      await store.readRevocations();
      return store;
    } catch (error) {
      await pool.end().catch(() => {});
      throw new Error(`could not open the Postgres database ${redactedPostgresUrl(url)}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }

  private constructor(
    private readonly pool: pg.Pool,
    private readonly log: Logger,
    private readonly options: PostgresStoreOptions,
  ) {
    this.poll = setInterval(() => {
      this.readRevocations().catch((error: unknown) => this.log(logLine('postgres: could not read revocations', { error: String(error) })));
    }, options.revocationPollMs ?? 2000);
    this.poll.unref();
  }

  appendUpdate(name: string, update: Uint8Array): Promise<void> {
    const previous = this.appendQueues.get(name) ?? Promise.resolve();
    const append = previous
      .catch(() => {})
      .then(async () => {
        await this.pool.query('INSERT INTO callfloor_document_updates (name, data, received_at) VALUES ($1, $2, $3)', [name, Buffer.from(update), nowS()]);
      });
    this.appendQueues.set(name, append);
    const forget = () => {
      if (this.appendQueues.get(name) === append) this.appendQueues.delete(name);
    };
    append.then(forget, forget);
    return append;
  }

  async readDocument(name: string): Promise<Uint8Array[]> {
    // one statement: a compaction committing in between cannot make the row and the log disagree
    const result = await this.pool.query<{ data: Buffer }>(
      `SELECT data FROM (
         SELECT state AS data, 0 AS part, 0::bigint AS id FROM callfloor_documents WHERE name = $1
         UNION ALL
         SELECT data, 1 AS part, id FROM callfloor_document_updates WHERE name = $1
       ) AS stored ORDER BY part, id`,
      [name],
    );
    return result.rows.map((row) => bytes(row.data));
  }

  async compact(name: string, state: Uint8Array, contains: (update: Uint8Array) => boolean): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // compactions of one document, from any instance, one at a time
      await client.query("SELECT pg_advisory_xact_lock(hashtextextended('callfloor-document:' || $1, 0))", [name]);
      const row = await client.query<{ state: Buffer }>('SELECT state FROM callfloor_documents WHERE name = $1', [name]);
      const stored = row.rows[0] ? bytes(row.rows[0].state) : null;
      // the row may hold what this instance never saw (another instance's clients): keep it
      const written = stored === null || contains(stored) ? state : Y.mergeUpdates([stored, state]);
      await client.query(
        'INSERT INTO callfloor_documents (name, state, updated_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
        [name, Buffer.from(written), nowS()],
      );
      const logged = await client.query<{ id: string; data: Buffer }>('SELECT id, data FROM callfloor_document_updates WHERE name = $1 ORDER BY id', [name]);
      const included = logged.rows.filter((update) => contains(bytes(update.data))).map((update) => update.id);
      if (included.length > 0) await client.query('DELETE FROM callfloor_document_updates WHERE id = ANY($1::bigint[])', [included]);
      await client.query('COMMIT');
      client.release();
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      // a connection that failed mid-transaction is not handed out again
      client.release(true);
      throw error;
    }
  }

  async recordLink(link: ShareLink): Promise<void> {
    await this.pool.query('INSERT INTO callfloor_links (link_id, project, role, label, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)', [
      link.linkId,
      link.project,
      link.role,
      link.label,
      link.createdAt,
      link.expiresAt,
    ]);
  }

  async listLinks(project: string): Promise<ShareLink[]> {
    const result = await this.pool.query<{ link_id: string; project: string; role: string; label: string; created_at: string; expires_at: string }>(
      'SELECT link_id, project, role, label, created_at, expires_at FROM callfloor_links WHERE project = $1 ORDER BY created_at, link_id',
      [project],
    );
    return result.rows.map((row) => ({
      linkId: row.link_id,
      project: row.project,
      role: row.role as Role,
      label: row.label,
      createdAt: Number(row.created_at),
      expiresAt: Number(row.expires_at),
    }));
  }

  async revokeLink(linkId: string, project: string): Promise<void> {
    await this.pool.query('INSERT INTO callfloor_revoked_links (link_id, project, revoked_at) VALUES ($1, $2, $3) ON CONFLICT (link_id) DO NOTHING', [linkId, project, nowS()]);
    this.revoked.add(linkId);
  }

  isRevoked(linkId: string): boolean {
    return this.revoked.has(linkId);
  }

  async isHealthy(): Promise<boolean> {
    if (this.closed) return false;
    const timeoutMs = this.options.healthTimeoutMs ?? 2000;
    let timer: NodeJS.Timeout | undefined;
    const answer = this.pool
      .query<{ one: number }>('SELECT 1 AS one')
      .then((result) => result.rows[0]?.one === 1)
      .catch(() => false);
    const late = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      return await Promise.race([answer, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.poll);
    await Promise.allSettled(this.appendQueues.values());
    await this.pool.end();
  }

  private async readRevocations(): Promise<void> {
    const result = await this.pool.query<{ link_id: string }>('SELECT link_id FROM callfloor_revoked_links');
    for (const row of result.rows) this.revoked.add(row.link_id);
  }
}

async function createSchema(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // two instances starting at once would otherwise race on CREATE TABLE IF NOT EXISTS
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK_KEY]);
    await client.query(SCHEMA);
    const found = await client.query<{ version: number }>('SELECT max(version) AS version FROM callfloor_schema');
    const version = found.rows[0]?.version ?? 0;
    if (version > SCHEMA_VERSION) {
      throw new Error(`the Postgres database was written by a newer Callfloor server (schema ${version}, this one knows ${SCHEMA_VERSION})`);
    }
    if (version < SCHEMA_VERSION) {
      await client.query('DELETE FROM callfloor_schema');
      await client.query('INSERT INTO callfloor_schema (version) VALUES ($1)', [SCHEMA_VERSION]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** A plain Uint8Array view of a bytea value (pg gives Buffers). */
function bytes(value: Buffer): Uint8Array {
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

function nowS(): number {
  return Math.floor(Date.now() / 1000);
}

/** The URL with its password hidden, for logs and the start banner. */
export function redactedPostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres (unreadable URL)';
  }
}
