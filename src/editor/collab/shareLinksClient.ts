// The owner's share links over the server's HTTP API (server/httpApi.ts): list, mint, revoke,
// each request with the owner's token as a Bearer token. A refusal is thrown as an Error whose
// message is the server's reason word (`not-owner`, `bad-expiry` …), so the interface can say it
// in words; a server that cannot be reached is `unreachable`.
import { COLLAB_ROLES, type CollabRole, type ShareLink, type ShareLinksApi } from './collabState.ts';
import { tokenClaims } from './joinLink.ts';

export interface ShareLinksClientOptions {
  /** the server's HTTP address, e.g. `https://plans.example.com` (a trailing slash is fine) */
  httpBase: string;
  /** the owner's token (`cf1.…`) */
  ownerToken: string;
  /** the app's address the join links point at */
  appUrl: string;
  /** the server's address put in join links as `&server=`, when the app is not served by the server itself */
  serverParam?: string;
  /** the project; read from the owner token when left out */
  projectId?: string;
  /** tests pass a stub */
  fetch?: typeof fetch;
}

/** A refusal from the link API; `message` is the server's reason word. */
export class ShareLinksError extends Error {
  constructor(
    readonly reason: string,
    readonly status: number,
  ) {
    super(reason);
    this.name = 'ShareLinksError';
  }
}

export function createShareLinksClient(options: ShareLinksClientOptions): ShareLinksApi {
  const projectId = options.projectId ?? tokenClaims(options.ownerToken)?.project;
  if (!projectId) throw new Error('createShareLinksClient: no project id given and none in the owner token');
  const base = `${options.httpBase.replace(/\/+$/, '')}/api/projects/${encodeURIComponent(projectId)}/links`;
  const fetchImpl = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));

  const request = async (url: string, init: RequestInit = {}): Promise<Record<string, unknown>> => {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        ...init,
        headers: { Authorization: `Bearer ${options.ownerToken}`, ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
      });
    } catch {
      throw new ShareLinksError('unreachable', 0);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    if (!response.ok) throw new ShareLinksError(typeof record.error === 'string' ? record.error : `http-${response.status}`, response.status);
    if (body === undefined) throw new ShareLinksError('bad-response', response.status);
    return record;
  };

  return {
    async list() {
      const body = await request(base);
      if (!Array.isArray(body.links)) throw new ShareLinksError('bad-response', 200);
      return body.links.map((entry) => toShareLink(entry as Record<string, unknown>));
    },
    async mint({ role, expiresInS, label }) {
      const body = await request(base, { method: 'POST', body: JSON.stringify({ role, expiresInS, label }) });
      if (typeof body.token !== 'string') throw new ShareLinksError('bad-response', 201);
      return { ...toShareLink({ ...body, label }), token: body.token };
    },
    async revoke(linkId) {
      await request(`${base}/${encodeURIComponent(linkId)}`, { method: 'DELETE' });
    },
    joinUrl(token) {
      const url = new URL(options.appUrl);
      url.searchParams.set('join', token);
      if (options.serverParam) url.searchParams.set('server', options.serverParam);
      return url.toString();
    },
  };
}

/** A link as the server sends it (its `project` and `createdAt` are not kept); an empty label is none. */
function toShareLink(entry: Record<string, unknown>): ShareLink {
  const { linkId, role, expiresAt, label, revoked } = entry;
  if (typeof linkId !== 'string' || !isCollabRole(role) || typeof expiresAt !== 'number') throw new ShareLinksError('bad-response', 200);
  return {
    linkId,
    role,
    expiresAt,
    ...(typeof label === 'string' && label !== '' ? { label } : {}),
    ...(typeof revoked === 'boolean' ? { revoked } : {}),
  };
}

function isCollabRole(value: unknown): value is CollabRole {
  return typeof value === 'string' && (COLLAB_ROLES as readonly string[]).includes(value);
}
