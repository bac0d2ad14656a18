// The IndexedDB database (Dexie). A plan is stored as content-addressed JSON blobs: one blob for
// the site skeleton (the document with each building's floors replaced by blob hashes) and one
// per floor. A revision row lists the hashes it uses, so a save writes only the floors that
// changed, a duplicate copies no blob, and a blob is deleted once no revision lists it. Underlay
// drawings (DXF text, images) are not in the blobs: each is stored once in `drawings` by content
// hash, the plans keep a reference, and a drawing is deleted once no revision lists it.
import { Dexie, type EntityTable, type Table } from 'dexie';
import { moveInlineDrawings } from './drawingUpgrade.ts';

export const DATABASE_NAME = 'callfloor';

export interface ProjectRecord {
  id: string;
  name: string;
  /** ms since epoch */
  created: number;
  updated: number;
  seatCount: number;
  /** small SVG of the site, for the project list */
  thumbnail: string;
  /** the newest revision; a save must name it as its base (stale writes are refused) */
  headRevision: number;
  /** set by a soft delete; the project is purged once the undo window has passed */
  deletedAt: number | null;
}

export interface RevisionRecord {
  projectId: string;
  /** 1, 2, 3 … per project */
  revision: number;
  created: number;
  /** named save points are never thinned */
  name: string | null;
  seatCount: number;
  /** the revision this one restored, if it is a restore */
  restoredFrom: number | null;
  skeletonHash: string;
  /** one per floor, in building order then floor order (same as the skeleton's references) */
  floorHashes: string[];
  /** skeleton + floors: multi-entry index to tell whether a blob is still used */
  blobHashes: string[];
  /** the drawings the plan's underlays refer to: multi-entry index to tell whether a drawing is still used (schema 2) */
  drawingHashes?: string[];
}

export interface BlobRecord {
  /** SHA-256 of `json`, hex */
  hash: string;
  json: string;
}

/** A drawing shown under floors (DXF or image), stored once however many plans refer to it. */
export interface DrawingRecord {
  /** `sha256:` + hex SHA-256 of `data` (floorplan/underlay/drawingContent.ts says which bytes) */
  hash: string;
  kind: 'dxf' | 'image';
  mime: string;
  /** the file name it was first loaded from */
  name: string;
  data: Uint8Array;
  /** ms since epoch */
  stored: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export type CallfloorDatabase = Dexie & {
  projects: EntityTable<ProjectRecord, 'id'>;
  /** key: [projectId, revision] */
  revisions: Table<RevisionRecord, [string, number]>;
  blobs: EntityTable<BlobRecord, 'hash'>;
  drawings: EntityTable<DrawingRecord, 'hash'>;
  settings: EntityTable<SettingRecord, 'key'>;
};

/**
 * Every schema version, oldest first. To change the schema add a version with its `stores`
 * (only the tables that change) and an `upgrade` that rewrites old rows; never edit a shipped one.
 */
export const SCHEMA_VERSIONS: readonly { version: number; stores: Record<string, string | null>; upgrade?: (tx: import('dexie').Transaction) => Promise<void> }[] = [
  {
    version: 1,
    stores: {
      projects: 'id, updated, deletedAt',
      revisions: '[projectId+revision], projectId, *blobHashes',
      blobs: 'hash',
      settings: 'key',
    },
  },
  {
    // underlay drawings leave the plans: stored once by hash, revisions list the ones they use
    version: 2,
    stores: {
      revisions: '[projectId+revision], projectId, *blobHashes, *drawingHashes',
      drawings: 'hash',
    },
    upgrade: moveInlineDrawings,
  },
];

export interface OpenOptions {
  /** fake-indexeddb in tests: pass its `indexedDB` and `IDBKeyRange` */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export function createDatabase(name: string = DATABASE_NAME, options: OpenOptions = {}): CallfloorDatabase {
  const db = new Dexie(name, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  }) as CallfloorDatabase;
  for (const step of SCHEMA_VERSIONS) {
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
  return db;
}

/**
 * Another tab opened a newer schema (the app was updated there). Dexie closes this connection so
 * the upgrade can proceed; the listener tells the user to reload, because writes would now fail.
 */
export function onVersionChange(db: CallfloorDatabase, listener: () => void): () => void {
  const handler = () => listener();
  db.on('versionchange', handler);
  return () => db.on('versionchange').unsubscribe(handler);
}
