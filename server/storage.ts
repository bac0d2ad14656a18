// Durable storage in one SQLite file (node-sqlite3-wasm: SQLite compiled to WebAssembly with real
// file access, so nothing native is built or downloaded). Every update a client sends is appended
// to `document_updates` and committed before the server applies and acknowledges it; from time to
// time (Hocuspocus's debounced store, and when a document's last client leaves) the document's
// whole state is written to its one row in `documents` and the log rows it contains are deleted.
// A document is read back as its row plus the log rows left. A crash at any point therefore
// loses nothing that was acknowledged.
import sqlite from 'node-sqlite3-wasm';
import type { Role } from './roles.ts';

export interface ShareLink {
  readonly linkId: string;
  readonly project: string;
  readonly role: Role;
  readonly label: string;
  /** Unix seconds */
  readonly createdAt: number;
  readonly expiresAt: number;
}

/** A value, or a promise of it: SQLite answers at once, Postgres over the network. */
export type Awaitable<T> = T | Promise<T>;

/** What the server needs from storage (SQLite here, Postgres in postgresStorage.ts); tests put a failing one in its place. */
export interface DocumentStore {
  /** shown by /health */
  readonly kind: 'sqlite' | 'postgres';
  /** Committed when it returns (or its promise resolves); throws (rejects) when the write failed. */
  appendUpdate(name: string, update: Uint8Array): Awaitable<void>;
  /** The document's stored state: its snapshot (if any) first, then the updates logged since. */
  readDocument(name: string): Awaitable<Uint8Array[]>;
  /** Writes `state` as the document's snapshot and deletes the logged updates it contains. */
  compact(name: string, state: Uint8Array, contains: (update: Uint8Array) => boolean): Awaitable<void>;
  recordLink(link: ShareLink): Awaitable<void>;
  listLinks(project: string): Awaitable<ShareLink[]>;
  revokeLink(linkId: string, project: string): Awaitable<void>;
  /** asked on every connection and message, so answered from memory */
  isRevoked(linkId: string): boolean;
  isHealthy(): Awaitable<boolean>;
  close(): Awaitable<void>;
}

const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS documents (
  name TEXT PRIMARY KEY,
  state BLOB NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS document_updates (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  data BLOB NOT NULL,
  received_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS document_updates_by_name ON document_updates (name, id);
CREATE TABLE IF NOT EXISTS links (
  link_id TEXT PRIMARY KEY,
  project TEXT NOT NULL,
  role TEXT NOT NULL,
  label TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS revoked_links (
  link_id TEXT PRIMARY KEY,
  project TEXT NOT NULL,
  revoked_at INTEGER NOT NULL
);
`;

export class SqliteStore implements DocumentStore {
  readonly kind = 'sqlite';
  private readonly db: sqlite.Database;
  /** revocations are read on every connection and message: kept in memory, written through */
  private readonly revoked = new Set<string>();
  /** updates waiting for this turn's commit (appendUpdate) */
  private readonly pending: { name: string; update: Uint8Array; done(error?: unknown): void }[] = [];

  constructor(file: string) {
    this.db = new sqlite.Database(file);
    // the WebAssembly build has no shared memory, so no WAL: a rollback journal, synced fully
    this.db.exec('PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL;');
    const version = Number(this.db.get('PRAGMA user_version')?.user_version ?? 0);
    if (version > SCHEMA_VERSION) {
      this.db.close();
      throw new Error(`${file} was written by a newer Callfloor server (schema ${version}, this one knows ${SCHEMA_VERSION})`);
    }
    this.db.exec(SCHEMA);
    this.db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
    for (const row of this.db.all('SELECT link_id FROM revoked_links')) this.revoked.add(String(row.link_id));
  }

  /**
   * Resolves once the update is committed. Updates arriving in the same turn of the event loop
   * (from any document or connection) are committed together: one synchronous fsync for all
   * rather than one each, which held the whole server's loop under load. A failed commit fails
   * every update in it (their clients keep them and send them again).
   */
  appendUpdate(name: string, update: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ name, update, done: (error) => (error === undefined ? resolve() : reject(error)) });
      if (this.pending.length === 1) setImmediate(() => this.commitPending());
    });
  }

  private commitPending(): void {
    const batch = this.pending.splice(0);
    if (batch.length === 0) return;
    try {
      const at = nowS();
      this.inTransaction(() => {
        for (const { name, update } of batch) this.db.run('INSERT INTO document_updates (name, data, received_at) VALUES (?, ?, ?)', [name, update, at]);
      });
    } catch (error) {
      for (const item of batch) item.done(error);
      return;
    }
    for (const item of batch) item.done();
  }

  readDocument(name: string): Uint8Array[] {
    const parts: Uint8Array[] = [];
    const snapshot = this.db.get('SELECT state FROM documents WHERE name = ?', [name]);
    if (snapshot?.state instanceof Uint8Array) parts.push(snapshot.state);
    for (const row of this.db.all('SELECT data FROM document_updates WHERE name = ? ORDER BY id', [name])) {
      if (row.data instanceof Uint8Array) parts.push(row.data);
    }
    return parts;
  }

  compact(name: string, state: Uint8Array, contains: (update: Uint8Array) => boolean): void {
    this.inTransaction(() => {
      this.db.run(
        'INSERT INTO documents (name, state, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
        [name, state, nowS()],
      );
      for (const row of this.db.all('SELECT id, data FROM document_updates WHERE name = ?', [name])) {
        if (row.data instanceof Uint8Array && contains(row.data)) this.db.run('DELETE FROM document_updates WHERE id = ?', [Number(row.id)]);
      }
    });
  }

  recordLink(link: ShareLink): void {
    this.db.run('INSERT INTO links (link_id, project, role, label, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)', [
      link.linkId,
      link.project,
      link.role,
      link.label,
      link.createdAt,
      link.expiresAt,
    ]);
  }

  listLinks(project: string): ShareLink[] {
    return this.db
      .all('SELECT link_id, project, role, label, created_at, expires_at FROM links WHERE project = ? ORDER BY created_at, link_id', [project])
      .map((row) => ({
        linkId: String(row.link_id),
        project: String(row.project),
        role: String(row.role) as Role,
        label: String(row.label),
        createdAt: Number(row.created_at),
        expiresAt: Number(row.expires_at),
      }));
  }

  revokeLink(linkId: string, project: string): void {
    this.db.run('INSERT OR IGNORE INTO revoked_links (link_id, project, revoked_at) VALUES (?, ?, ?)', [linkId, project, nowS()]);
    this.revoked.add(linkId);
  }

  isRevoked(linkId: string): boolean {
    return this.revoked.has(linkId);
  }

  isHealthy(): boolean {
    try {
      return this.db.isOpen && this.db.get('SELECT 1 AS one')?.one === 1;
    } catch {
      return false;
    }
  }

  close(): void {
    if (this.db.isOpen) this.commitPending();
    if (this.db.isOpen) this.db.close();
  }

  private inTransaction(work: () => void): void {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      work();
      this.db.exec('COMMIT');
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }
}

function nowS(): number {
  return Math.floor(Date.now() / 1000);
}
