// The small HTTP API an owner uses to share a project: list, mint and revoke share links.
//   GET    /api/projects/<project>/links             the links minted for the project
//   POST   /api/projects/<project>/links             {role, expiresInS?, label?} → {token, linkId, role, expiresAt}
//   DELETE /api/projects/<project>/links/<linkId>    revoke: refused from then on, live connections cut off
// Every request carries `Authorization: Bearer <owner token>` for that project.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isRole } from './roles.ts';
import { DEFAULT_LINK_DAYS, mintToken } from './shareLinks.ts';
import type { DocumentStore } from './storage.ts';
import { verifyToken } from './tokens.ts';
import { logLine, type Logger } from './log.ts';

const MAX_BODY_BYTES = 16 * 1024;
const MAX_LINK_SECONDS = 10 * 365 * 24 * 3600;

export interface ApiDeps {
  readonly secret: Buffer;
  readonly store: DocumentStore;
  readonly log: Logger;
  /** closes the live connections opened with the link; returns how many */
  readonly cutOffLink: (linkId: string) => number;
}

const LINKS_PATH = /^\/api\/projects\/([^/]+)\/links(?:\/([^/]+))?$/;

/** Answers an /api/ request; false when the path is not the API's. */
export async function handleApiRequest(request: IncomingMessage, response: ServerResponse, deps: ApiDeps): Promise<boolean> {
  const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (!pathname.startsWith('/api/')) return false;
  // The app may be served from another address than this server (`?server=`): the browser asks
  // first. Any origin may call: access is the owner's Bearer token, never a cookie.
  response.setHeader('Access-Control-Allow-Origin', '*');
  if (request.method === 'OPTIONS') {
    response
      .writeHead(204, { 'Access-Control-Allow-Methods': 'GET, POST, DELETE', 'Access-Control-Allow-Headers': 'authorization, content-type', 'Access-Control-Max-Age': '600' })
      .end();
    return true;
  }
  const match = LINKS_PATH.exec(pathname);
  if (!match) return sendJson(response, 404, { error: 'not-found' });
  let project: string;
  let linkId: string | undefined;
  try {
    project = decodeURIComponent(match[1] as string);
    linkId = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
  } catch {
    return sendJson(response, 404, { error: 'not-found' });
  }

  const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
  const check = verifyToken(bearer, deps.secret, (id) => deps.store.isRevoked(id));
  if (!check.ok) return sendJson(response, 401, { error: check.reason });
  if (check.claims.project !== project) return sendJson(response, 403, { error: 'wrong-project' });
  if (check.claims.role !== 'owner') return sendJson(response, 403, { error: 'not-owner' });

  if (linkId === undefined && request.method === 'GET') {
    return sendJson(response, 200, { links: (await deps.store.listLinks(project)).map((link) => ({ ...link, revoked: deps.store.isRevoked(link.linkId) })) });
  }
  if (linkId === undefined && request.method === 'POST') {
    const body = await readJson(request);
    if (body === undefined) return sendJson(response, 400, { error: 'bad-body' });
    const { role, expiresInS = DEFAULT_LINK_DAYS * 24 * 3600, label = '' } = body as Record<string, unknown>;
    if (!isRole(role)) return sendJson(response, 400, { error: 'bad-role', roles: ['owner', 'planner', 'facility-manager', 'viewer'] });
    if (typeof expiresInS !== 'number' || !(expiresInS > 0) || expiresInS > MAX_LINK_SECONDS) return sendJson(response, 400, { error: 'bad-expiry' });
    if (typeof label !== 'string' || label.length > 200) return sendJson(response, 400, { error: 'bad-label' });
    const minted = mintToken(deps.secret, project, role, expiresInS);
    await deps.store.recordLink({
      linkId: minted.claims.linkId,
      project,
      role,
      label,
      createdAt: Math.floor(Date.now() / 1000),
      expiresAt: minted.claims.exp,
    });
    deps.log(logLine('minted a share link', { project, link: minted.claims.linkId, role, by: check.claims.linkId }));
    return sendJson(response, 201, { token: minted.token, linkId: minted.claims.linkId, role, expiresAt: minted.claims.exp });
  }
  if (linkId !== undefined && request.method === 'DELETE') {
    await deps.store.revokeLink(linkId, project);
    const disconnected = deps.cutOffLink(linkId);
    deps.log(logLine('revoked a share link', { project, link: linkId, by: check.claims.linkId, disconnected }));
    return sendJson(response, 200, { revoked: linkId, disconnected });
  }
  return sendJson(response, 405, { error: 'method-not-allowed' });
}

export function sendJson(response: ServerResponse, status: number, body: unknown): true {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(text);
  return true;
}

/** The request's JSON body, or undefined when it is too large or not JSON. */
async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}
