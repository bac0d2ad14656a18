// What a share link says: `?join=<token>` (and `&server=<ws address>` when the app is not served by
// the server itself). The token's claims are read here only to show the project and the role and
// to pick the documents; the server checks its signature, expiry and revocation on every
// connection, so nothing here is trusted for access.
import { COLLAB_ROLES, type CollabRole } from './collabState.ts';

export interface JoinLink {
  token: string;
  /** ws:// or wss:// address of the Hocuspocus server */
  serverUrl: string;
  /** http(s) address of the same server (its link API) */
  httpBase: string;
  projectId: string;
  role: CollabRole;
  /** expiry, Unix seconds */
  expiresAt: number;
}

export type JoinProblem = 'bad-token' | 'bad-server';

function base64UrlJson(text: string): unknown {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** The claims of a `cf1.<payload>.<signature>` token, unverified. */
export function tokenClaims(token: string): { project: string; role: CollabRole; exp: number } | null {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== 'cf1') return null;
  try {
    const claims = base64UrlJson(parts[1]!) as { project?: unknown; role?: unknown; exp?: unknown };
    const role = COLLAB_ROLES.find((r) => r === claims.role);
    if (typeof claims.project !== 'string' || claims.project === '' || !role || typeof claims.exp !== 'number') return null;
    return { project: claims.project, role, exp: claims.exp };
  } catch {
    return null;
  }
}

/**
 * The join link in the page's address, or null when there is none (the app works locally), or a
 * problem when it is there but unusable. `location` gives the default server: the page's own
 * origin (the server serves the app).
 */
export function joinLinkOf(search: string, location: { protocol: string; host: string }): JoinLink | JoinProblem | null {
  const params = new URLSearchParams(search);
  const token = params.get('join');
  if (token === null) return null;
  const claims = tokenClaims(token);
  if (!claims) return 'bad-token';
  const secure = location.protocol === 'https:';
  const serverParam = params.get('server');
  let serverUrl: URL;
  try {
    serverUrl = new URL(serverParam ?? `${secure ? 'wss' : 'ws'}://${location.host}/`);
  } catch {
    return 'bad-server';
  }
  if (serverUrl.protocol !== 'ws:' && serverUrl.protocol !== 'wss:') return 'bad-server';
  const httpBase = `${serverUrl.protocol === 'wss:' ? 'https' : 'http'}://${serverUrl.host}`;
  return { token, serverUrl: serverUrl.toString(), httpBase, projectId: claims.project, role: claims.role, expiresAt: claims.exp };
}
