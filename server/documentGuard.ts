// The Hocuspocus extension that makes the server Callfloor's: who may open which document and
// with what role (onAuthenticate), what each incoming message may do (beforeHandleMessage:
// rate, size, expiry and revocation, well-formed Yjs, read-only, role scope, then the durable
// write before the update is applied and acknowledged), and how documents are read from and
// compacted into storage (onLoadDocument, onStoreDocument).
import type {
  Connection,
  Extension,
  beforeHandleMessagePayload,
  onAuthenticatePayload,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from '@hocuspocus/server';
import * as Y from 'yjs';
import { parseDocumentName, type DocumentName } from './documentNames.ts';
import { inspectMessage } from './incomingMessage.ts';
import { logLine, type Logger } from './log.ts';
import { TokenBucket, type RateLimit } from './rateLimit.ts';
import { refusal, type RefusalReason } from './refusals.ts';
import { refuseOutOfScopeUpdate } from './roleScope.ts';
import { isReadOnlyRole, type Role } from './roles.ts';
import type { DocumentStore } from './storage.ts';
import { verifyToken } from './tokens.ts';

/** What onAuthenticate adds to a connection's context. */
export interface AccessContext {
  readonly role: Role;
  readonly project: string;
  readonly linkId: string;
  /** token expiry, Unix seconds */
  readonly exp: number;
  readonly document: DocumentName;
}

export interface GuardOptions {
  readonly store: DocumentStore;
  readonly secret: Buffer;
  readonly maxUpdateBytes: number;
  readonly rateLimit: RateLimit;
  readonly log: Logger;
}

/** The empty Yjs update (no structs, no deletes): what a client in step with the server sends. */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}

export class DocumentGuard implements Extension {
  readonly extensionName = 'CallfloorDocumentGuard';
  private readonly buckets = new WeakMap<Connection, TokenBucket>();
  /** set when the server stops or crashes: storage is no longer touched */
  private stopped = false;

  constructor(private readonly options: GuardOptions) {}

  stop(): void {
    this.stopped = true;
  }

  async onAuthenticate({ token, documentName, connectionConfig, socketId }: onAuthenticatePayload): Promise<AccessContext> {
    const document = parseDocumentName(documentName);
    if (!document) throw this.refuseConnection('unknown-document', documentName, socketId);
    const check = verifyToken(token, this.options.secret, (linkId) => this.options.store.isRevoked(linkId));
    if (!check.ok) throw this.refuseConnection(check.reason, documentName, socketId);
    const { claims } = check;
    if (claims.project !== document.projectId) throw this.refuseConnection('wrong-project', documentName, socketId, claims.linkId);
    connectionConfig.readOnly = isReadOnlyRole(claims.role);
    return { role: claims.role, project: claims.project, linkId: claims.linkId, exp: claims.exp, document };
  }

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    let parts: Uint8Array[];
    try {
      parts = await this.options.store.readDocument(documentName);
    } catch (error) {
      this.options.log(logLine('storage error while reading a document', { document: documentName, error: String(error) }));
      throw refusal('storage-failed');
    }
    for (const part of parts) {
      try {
        Y.applyUpdate(document, part);
      } catch (error) {
        // a logged update the document could not take was never acknowledged (its apply failed)
        this.options.log(logLine('skipped a stored update that does not apply', { document: documentName, error: String(error) }));
      }
    }
  }

  async onStoreDocument({ document, documentName }: onStoreDocumentPayload): Promise<void> {
    if (this.stopped) return;
    await this.compact(document, documentName);
  }

  /** Writes the document's state as its snapshot; a failure loses nothing (the log rows stay). */
  async compact(document: Y.Doc, documentName: string): Promise<void> {
    const state = Y.encodeStateAsUpdate(document);
    const snapshot = Y.snapshot(document);
    try {
      await this.options.store.compact(documentName, state, (update) => Y.snapshotContainsUpdate(snapshot, update));
    } catch (error) {
      this.options.log(logLine('storage error while compacting a document (its logged updates are kept)', { document: documentName, error: String(error) }));
    }
  }

  async beforeHandleMessage({ connection, document, documentName, update: data, context }: beforeHandleMessagePayload): Promise<void> {
    const access = context as AccessContext;
    const refuse = (reason: RefusalReason, fields: Record<string, string | number> = {}) => {
      this.options.log(logLine(`refused a message: ${reason}`, { document: documentName, socket: connection.socketId, link: access.linkId, role: access.role, ...fields }));
      return refusal(reason);
    };
    if (this.stopped) throw refusal('server-stopping');

    let bucket = this.buckets.get(connection);
    if (!bucket) {
      bucket = new TokenBucket(this.options.rateLimit);
      this.buckets.set(connection, bucket);
    }
    if (!bucket.take()) throw refuse('rate-limited');
    if (data.length > this.options.maxUpdateBytes) throw refuse('update-too-large', { bytes: data.length, limit: this.options.maxUpdateBytes });
    if (access.exp <= Date.now() / 1000) throw refuse('expired');
    if (this.options.store.isRevoked(access.linkId)) throw refuse('revoked');

    const message = inspectMessage(data);
    if (message.kind === 'malformed') throw refuse('malformed-message');
    if (message.kind === 'other') return;
    const { update } = message;
    try {
      Y.decodeUpdate(update);
    } catch {
      throw refuse('malformed-update');
    }
    if (connection.readOnly) {
      // a viewer's client answers the server's sync with what it has; that is harmless as long
      // as it holds nothing the server lacks. Anything more is a write, and never applied.
      if (isEmptyUpdate(update) || Y.snapshotContainsUpdate(Y.snapshot(document), update)) return;
      throw refuse('read-only', { bytes: update.length });
    }
    const outOfScope = refuseOutOfScopeUpdate({ role: access.role, document: access.document, update, doc: document });
    if (outOfScope !== null) throw refuse(outOfScope.reason, { change: outOfScope.change });
    if (isEmptyUpdate(update)) return;
    try {
      await this.options.store.appendUpdate(documentName, update);
    } catch (error) {
      this.options.log(logLine('storage error while saving an update', { document: documentName, socket: connection.socketId, error: String(error) }));
      throw refusal('storage-failed');
    }
  }

  private refuseConnection(reason: RefusalReason, documentName: string, socketId: string, linkId?: string) {
    this.options.log(logLine(`refused a connection: ${reason}`, { document: documentName, socket: socketId, link: linkId }));
    return refusal(reason);
  }
}
