// Projects in IndexedDB: list, create, open, save revisions, history, restore, rename,
// duplicate, soft delete with undo, import and export of plan files.
//
// Safety rules kept here, inside the write transactions:
// - a save names the head revision it was based on; if the stored head moved on (another tab
//   saved), the save is refused as 'stale' and nothing is written;
// - a failed write aborts its transaction, so the last good revision stays the head;
// - a save counts only once it is read back: after the write commits, a fresh read transaction
//   checks that the revision lists the skeleton and floor hashes meant, that every blob it lists
//   is there, and that each blob this save wrote hashes to its key. If not, the revision is taken
//   back (the previous head is restored) and the save fails with 'verify'.
// Underlay drawings are stored apart, once per content hash (drawingStore.ts): a plan is written
// without them, and a drawing is deleted with the last revision that refers to it.
import { Dexie } from 'dexie';
import { parsePlan } from '../floorplan/format/parsePlan.ts';
import type { PlanProblem } from '../floorplan/format/problems.ts';
import { serializePlan } from '../floorplan/format/serializePlan.ts';
import type { PlanDocument } from '../floorplan/types.ts';
import type { BlobRecord, CallfloorDatabase, ProjectRecord, RevisionRecord } from './db.ts';
import { decodePlan, encodePlan, sha256Hex, type EncodedPlan } from './planBlobs.ts';
import { DrawingStore, drawingsStored, prepareDrawings } from './drawingStore.ts';
import { mapStorageError, storageFailure, type StorageFailure, type StorageFailureReason } from './storageErrors.ts';
import { DEFAULT_THIN_POLICY, revisionsToDrop, type ThinPolicy } from './thinRevisions.ts';
import { planThumbnail } from './thumbnail.ts';
import { distinctProjectName } from './projectNames.ts';

export type ProjectMeta = ProjectRecord;

export interface RevisionMeta {
  revision: number;
  created: number;
  name: string | null;
  seatCount: number;
  restoredFrom: number | null;
}

export interface OpenedProject {
  meta: ProjectMeta;
  plan: PlanDocument;
  headRevision: number;
}

export type SaveResult = { ok: true; revision: number } | (StorageFailure & { headRevision?: number });
export type ProjectResult = { ok: true; meta: ProjectMeta } | StorageFailure;
export type DoneResult = { ok: true } | StorageFailure;
/** `renamedFrom`: the name the file asked for, when a project of that name existed (the new one is "name (2)"). */
export type ImportResult = { ok: true; meta: ProjectMeta; renamedFrom: string | null } | StorageFailure | { ok: false; reason: 'invalid'; problems: PlanProblem[] };

export interface SaveOptions {
  /** the head revision this plan was loaded from or last saved as */
  baseRevision: number;
  /** a named save point (never thinned) */
  name?: string;
  /** set by restoreRevision */
  restoredFrom?: number;
  /** write every blob even if its hash is stored (after a failed read-back: a stored copy may be bad) */
  rewriteBlobs?: boolean;
}

export interface RepositoryOptions {
  now?: () => number;
  newId?: () => string;
  /** how long a deleted project can be brought back (ms) */
  undoWindowMs?: number;
  thinPolicy?: ThinPolicy;
  /** thin a project's history after every this many saves */
  thinEvery?: number;
}

/** Thrown by reads when storage fails; carries the mapped failure. */
export class StorageError extends Error {
  constructor(readonly failure: StorageFailure) {
    super(failure.message.en);
    this.name = 'StorageError';
  }
}

/** Thrown inside a write transaction to abort it with a reason. */
class Refusal extends Error {
  constructor(
    readonly reason: StorageFailureReason,
    readonly headRevision?: number,
  ) {
    super(reason);
  }
}

const toRevisionMeta = (r: RevisionRecord): RevisionMeta => ({
  revision: r.revision,
  created: r.created,
  name: r.name,
  seatCount: r.seatCount,
  restoredFrom: r.restoredFrom,
});

function failureOf(error: unknown): StorageFailure & { headRevision?: number } {
  if (error instanceof Refusal) {
    const failure = storageFailure(error.reason);
    return error.headRevision === undefined ? failure : { ...failure, headRevision: error.headRevision };
  }
  return mapStorageError(error);
}

export class ProjectRepository {
  readonly undoWindowMs: number;
  private readonly now: () => number;
  private readonly newId: () => string;
  private readonly thinPolicy: ThinPolicy;
  private readonly thinEvery: number;
  /** the underlay drawings, stored once by hash */
  readonly drawings: DrawingStore;

  constructor(
    readonly db: CallfloorDatabase,
    options: RepositoryOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? (() => crypto.randomUUID());
    this.undoWindowMs = options.undoWindowMs ?? 10_000;
    this.thinPolicy = options.thinPolicy ?? DEFAULT_THIN_POLICY;
    this.thinEvery = options.thinEvery ?? 10;
    this.drawings = new DrawingStore(db, this.now);
  }

  /** Live projects, most recently changed first. */
  async listProjects(): Promise<ProjectMeta[]> {
    try {
      const all = await this.db.projects.orderBy('updated').reverse().toArray();
      return all.filter((p) => p.deletedAt === null);
    } catch (error) {
      throw new StorageError(mapStorageError(error));
    }
  }

  async getProject(id: string): Promise<ProjectMeta | undefined> {
    try {
      const project = await this.db.projects.get(id);
      return project && project.deletedAt === null ? project : undefined;
    } catch (error) {
      throw new StorageError(mapStorageError(error));
    }
  }

  async createProject(name: string, plan: PlanDocument): Promise<ProjectResult> {
    try {
      // inline drawings (an imported file) go to the drawings table; the plan keeps references
      const prepared = await prepareDrawings(plan);
      const encoded = await encodePlan(prepared.plan);
      const now = this.now();
      const meta: ProjectRecord = {
        id: this.newId(),
        name,
        created: now,
        updated: now,
        seatCount: encoded.seatCount,
        thumbnail: planThumbnail(plan),
        headRevision: 1,
        deletedAt: null,
      };
      const fresh = await this.db.transaction('rw', [this.db.projects, this.db.revisions, this.db.blobs, this.db.drawings], async () => {
        await this.drawings.write(prepared.records);
        const written = await this.writeBlobs(encoded);
        await this.db.revisions.add(this.revisionRecord(meta.id, 1, encoded, now, null, null));
        await this.db.projects.add(meta);
        return written;
      });
      const checked = await this.readBack(meta.id, 1, encoded, fresh);
      if (!checked.ok) {
        // a project whose first revision did not hold is taken back whole
        await this.takeBack(meta.id, 1, null, fresh).catch(() => undefined);
        return checked;
      }
      drawingsStored(prepared);
      return { ok: true, meta };
    } catch (error) {
      return failureOf(error);
    }
  }

  /** The head revision of a live project, or undefined if there is none. */
  async openProject(id: string): Promise<OpenedProject | undefined> {
    try {
      return await this.db.transaction('r', [this.db.projects, this.db.revisions, this.db.blobs], async () => {
        const meta = await this.db.projects.get(id);
        if (!meta || meta.deletedAt !== null) return undefined;
        const plan = await this.readRevision(id, meta.headRevision);
        return plan ? { meta, plan, headRevision: meta.headRevision } : undefined;
      });
    } catch (error) {
      throw new StorageError(mapStorageError(error));
    }
  }

  async saveRevision(id: string, plan: PlanDocument, options: SaveOptions): Promise<SaveResult> {
    let result: SaveResult;
    try {
      // Hashing is async work outside IndexedDB: it must finish before the transaction starts.
      // The drawings are not in the plan's blobs: an autosave does not copy them.
      const prepared = await prepareDrawings(plan);
      const encoded = await encodePlan(prepared.plan);
      const thumbnail = planThumbnail(plan);
      const written = await this.db.transaction('rw', [this.db.projects, this.db.revisions, this.db.blobs, this.db.drawings], async () => {
        const project = await this.db.projects.get(id);
        if (!project || project.deletedAt !== null) throw new Refusal('missing');
        if (project.headRevision !== options.baseRevision) throw new Refusal('stale', project.headRevision);
        const now = this.now();
        const next = project.headRevision + 1;
        await this.drawings.write(prepared.records);
        const fresh = await this.writeBlobs(encoded, options.rewriteBlobs === true);
        await this.db.revisions.add(this.revisionRecord(id, next, encoded, now, options.name ?? null, options.restoredFrom ?? null));
        await this.db.projects.update(id, { headRevision: next, updated: now, seatCount: encoded.seatCount, thumbnail });
        return { next, fresh, before: project };
      });
      const revision = written.next;
      const checked = await this.readBack(id, revision, encoded, written.fresh);
      if (!checked.ok) {
        // the previous head comes back; if even that fails, say which revision is now the head
        const undone = await this.takeBack(id, revision, written.before, written.fresh).then(
          (done) => done,
          () => false,
        );
        return undone ? checked : { ...checked, headRevision: revision };
      }
      drawingsStored(prepared);
      result = { ok: true, revision };
    } catch (error) {
      return failureOf(error);
    }
    if (result.revision % this.thinEvery === 0) await this.thinHistory(id).catch(() => undefined);
    return result;
  }

  /** Newest first. */
  async listRevisions(id: string): Promise<RevisionMeta[]> {
    try {
      const rows = await this.db.revisions.where('[projectId+revision]').between([id, Dexie.minKey], [id, Dexie.maxKey]).reverse().toArray();
      return rows.map(toRevisionMeta);
    } catch (error) {
      throw new StorageError(mapStorageError(error));
    }
  }

  async loadRevision(id: string, revision: number): Promise<PlanDocument | undefined> {
    try {
      return await this.db.transaction('r', [this.db.revisions, this.db.blobs], () => this.readRevision(id, revision));
    } catch (error) {
      throw new StorageError(mapStorageError(error));
    }
  }

  /** Makes an old revision the newest again, as a new revision (history is never rewritten). */
  async restoreRevision(id: string, revision: number, baseRevision: number): Promise<SaveResult> {
    let plan: PlanDocument | undefined;
    try {
      plan = await this.loadRevision(id, revision);
    } catch (error) {
      return error instanceof StorageError ? error.failure : mapStorageError(error);
    }
    if (!plan) return storageFailure('missing');
    return this.saveRevision(id, plan, { baseRevision, restoredFrom: revision });
  }

  async renameProject(id: string, name: string): Promise<DoneResult> {
    return this.updateLive(id, { name });
  }

  /** A new project whose first revision is this one's head; blobs are shared, not copied. */
  async duplicateProject(id: string, name?: string): Promise<ProjectResult> {
    try {
      const meta = await this.db.transaction('rw', [this.db.projects, this.db.revisions], async () => {
        const source = await this.db.projects.get(id);
        if (!source || source.deletedAt !== null) throw new Refusal('missing');
        const head = await this.db.revisions.get([id, source.headRevision]);
        if (!head) throw new Refusal('missing');
        const now = this.now();
        const copy: ProjectRecord = { ...source, id: this.newId(), name: name ?? source.name, created: now, updated: now, headRevision: 1, deletedAt: null };
        await this.db.revisions.add({ ...head, projectId: copy.id, revision: 1, created: now, name: null, restoredFrom: null });
        await this.db.projects.add(copy);
        return copy;
      });
      return { ok: true, meta };
    } catch (error) {
      return failureOf(error);
    }
  }

  /** Hides the project; it can be brought back with undeleteProject until purgeDeleted runs after the undo window. */
  async deleteProject(id: string): Promise<DoneResult> {
    return this.updateLive(id, { deletedAt: this.now() });
  }

  async undeleteProject(id: string): Promise<DoneResult> {
    try {
      const changed = await this.db.projects.where('id').equals(id).modify({ deletedAt: null });
      return changed ? { ok: true } : storageFailure('missing');
    } catch (error) {
      return failureOf(error);
    }
  }

  /** Removes projects deleted longer ago than the undo window, with their revisions and unused blobs. Returns how many. */
  async purgeDeleted(): Promise<number> {
    const cutoff = this.now() - this.undoWindowMs;
    return this.db.transaction('rw', [this.db.projects, this.db.revisions, this.db.blobs, this.db.drawings], async () => {
      const doomed = await this.db.projects.where('deletedAt').belowOrEqual(cutoff).primaryKeys();
      for (const id of doomed) {
        const rows = await this.db.revisions.where('projectId').equals(id).toArray();
        await this.db.revisions.bulkDelete(rows.map((r) => [r.projectId, r.revision] as [string, number]));
        await this.collectBlobs(rows.flatMap((r) => r.blobHashes));
        // a drawing no other revision refers to goes with the project
        await this.drawings.collect(rows.flatMap((r) => r.drawingHashes ?? []));
        await this.db.projects.delete(id);
      }
      return doomed.length;
    });
  }

  /** Applies the thinning policy to one project's history; returns the revisions dropped. */
  async thinHistory(id: string): Promise<number[]> {
    return this.db.transaction('rw', [this.db.projects, this.db.revisions, this.db.blobs, this.db.drawings], async () => {
      const project = await this.db.projects.get(id);
      if (!project) return [];
      const rows = await this.db.revisions.where('projectId').equals(id).toArray();
      const drop = revisionsToDrop(rows, this.now(), this.thinPolicy).filter((r) => r !== project.headRevision);
      if (drop.length === 0) return [];
      const dropped = new Set(drop);
      await this.db.revisions.bulkDelete(drop.map((r) => [id, r] as [string, number]));
      await this.collectBlobs(rows.filter((r) => dropped.has(r.revision)).flatMap((r) => r.blobHashes));
      await this.drawings.collect(rows.filter((r) => dropped.has(r.revision)).flatMap((r) => r.drawingHashes ?? []));
      return drop;
    });
  }

  /**
   * Validates a plan file first; on any problem nothing is written and every problem is returned.
   * The project takes a name no live project has ("name (2)"), so a second import of the same
   * file is told apart; the plan inside is stored as the file has it.
   */
  async importProject(text: string, fallbackName = ''): Promise<ImportResult> {
    const parsed = parsePlan(text);
    if (!parsed.ok) return { ok: false, reason: 'invalid', problems: parsed.problems };
    const wanted = parsed.plan.name || fallbackName;
    let name: string;
    try {
      name = distinctProjectName(wanted, (await this.listProjects()).map((p) => p.name));
    } catch (error) {
      return error instanceof StorageError ? error.failure : mapStorageError(error);
    }
    const created = await this.createProject(name, parsed.plan);
    return created.ok ? { ...created, renamedFrom: name === wanted ? null : wanted } : created;
  }

  /**
   * The head revision as a plan file, byte for byte what the command line reads; with `drawings`
   * the underlays carry their drawings inline (a self-contained file), else only references.
   */
  async exportProject(id: string, options: { drawings?: boolean } = {}): Promise<string | undefined> {
    const opened = await this.openProject(id);
    if (!opened) return undefined;
    return serializePlan(options.drawings ? (await this.drawings.inline(opened.plan)).plan : opened.plan);
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    try {
      return (await this.db.settings.get(key))?.value as T | undefined;
    } catch {
      return undefined;
    }
  }

  async setSetting(key: string, value: unknown): Promise<DoneResult> {
    try {
      await this.db.settings.put({ key, value });
      return { ok: true };
    } catch (error) {
      return failureOf(error);
    }
  }

  private async updateLive(id: string, changes: Partial<ProjectRecord>): Promise<DoneResult> {
    try {
      await this.db.transaction('rw', [this.db.projects], async () => {
        const project = await this.db.projects.get(id);
        if (!project || project.deletedAt !== null) throw new Refusal('missing');
        await this.db.projects.update(id, changes);
      });
      return { ok: true };
    } catch (error) {
      return failureOf(error);
    }
  }

  private revisionRecord(projectId: string, revision: number, encoded: EncodedPlan, created: number, name: string | null, restoredFrom: number | null): RevisionRecord {
    const floorHashes = encoded.floors.map((f) => f.hash);
    return {
      projectId,
      revision,
      created,
      name,
      seatCount: encoded.seatCount,
      restoredFrom,
      skeletonHash: encoded.skeleton.hash,
      floorHashes,
      blobHashes: [...new Set([encoded.skeleton.hash, ...floorHashes])],
      drawingHashes: encoded.drawingHashes,
    };
  }

  /** Writes only blobs the store does not have yet, or all with `rewrite` (inside a transaction on blobs); returns the hashes written. */
  private async writeBlobs(encoded: EncodedPlan, rewrite = false): Promise<Set<string>> {
    const unique = new Map<string, BlobRecord>();
    for (const blob of [encoded.skeleton, ...encoded.floors]) unique.set(blob.hash, { hash: blob.hash, json: blob.json });
    const present = rewrite ? new Set<string>() : new Set(await this.db.blobs.where('hash').anyOf([...unique.keys()]).primaryKeys());
    const fresh = [...unique.values()].filter((b) => !present.has(b.hash));
    if (fresh.length) await this.db.blobs.bulkPut(fresh);
    return new Set(fresh.map((b) => b.hash));
  }

  /**
   * Reads a just-written revision back in its own transaction: it must list the skeleton and
   * floors meant, every blob it lists must be stored, and each blob this save wrote (`fresh`)
   * must hash to its key. Blobs already stored were checked by the save that wrote them.
   */
  private async readBack(id: string, revision: number, encoded: EncodedPlan, fresh: ReadonlySet<string>): Promise<DoneResult> {
    try {
      const { row, present, written } = await this.db.transaction('r', [this.db.revisions, this.db.blobs], async () => {
        const row = await this.db.revisions.get([id, revision]);
        const present = row ? new Set(await this.db.blobs.where('hash').anyOf(row.blobHashes).primaryKeys()) : new Set<string>();
        const written = await this.db.blobs.bulkGet([...fresh]);
        return { row, present, written };
      });
      const floorHashes = encoded.floors.map((f) => f.hash);
      const listsWhatWasMeant =
        row !== undefined && row.skeletonHash === encoded.skeleton.hash && row.floorHashes.length === floorHashes.length && row.floorHashes.every((h, i) => h === floorHashes[i]);
      if (!listsWhatWasMeant || !row.blobHashes.every((h) => present.has(h))) return storageFailure('verify');
      const hashes = await Promise.all(written.map((blob) => (blob ? sha256Hex(blob.json) : Promise.resolve(null))));
      const expected = [...fresh];
      if (hashes.some((hash, i) => hash !== expected[i])) return storageFailure('verify');
      return { ok: true };
    } catch (error) {
      return mapStorageError(error);
    }
  }

  /**
   * Undoes a write whose read-back failed: removes the revision and the blobs it wrote, and puts
   * back the project row as it was (`before` null: the project was new, so it goes). Resolves to
   * false when the revision is no longer the head (nothing is touched then).
   */
  private async takeBack(id: string, revision: number, before: ProjectRecord | null, fresh: ReadonlySet<string>): Promise<boolean> {
    return this.db.transaction('rw', [this.db.projects, this.db.revisions, this.db.blobs], async () => {
      const project = await this.db.projects.get(id);
      if (project && project.headRevision !== revision) return false;
      await this.db.revisions.delete([id, revision]);
      await this.collectBlobs([...fresh]);
      if (before) await this.db.projects.put(before);
      else await this.db.projects.delete(id);
      return true;
    });
  }

  /** Deletes those of the given blobs that no revision uses any more (inside a transaction). */
  private async collectBlobs(hashes: readonly string[]): Promise<void> {
    for (const hash of new Set(hashes)) {
      if ((await this.db.revisions.where('blobHashes').equals(hash).count()) === 0) await this.db.blobs.delete(hash);
    }
  }

  private async readRevision(id: string, revision: number): Promise<PlanDocument | undefined> {
    const row = await this.db.revisions.get([id, revision]);
    if (!row) return undefined;
    const blobs = await this.db.blobs.bulkGet(row.blobHashes);
    const json = new Map<string, string>();
    for (const blob of blobs) if (blob) json.set(blob.hash, blob.json);
    const skeleton = json.get(row.skeletonHash);
    if (skeleton === undefined) throw new Error(`revision ${revision} of ${id} has lost its skeleton`);
    return decodePlan(skeleton, json);
  }
}
