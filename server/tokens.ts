// Signed access tokens: the owner's token and share links. A token is
// `cf1.<payload>.<signature>`, the payload base64url JSON {project, role, exp, linkId} and the
// signature HMAC-SHA256 over `cf1.<payload>` with the server's secret (node:crypto, no JWT
// library: only this server reads these tokens, and the format fits in this file).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { isRole, type Role } from './roles.ts';

const VERSION = 'cf1';

export interface TokenClaims {
  readonly project: string;
  readonly role: Role;
  /** expiry, Unix seconds */
  readonly exp: number;
  /** names this link (or the owner's token) so it can be revoked */
  readonly linkId: string;
}

export type TokenRefusal = 'missing-token' | 'forged' | 'expired' | 'revoked';

export type TokenCheck = { readonly ok: true; readonly claims: TokenClaims } | { readonly ok: false; readonly reason: TokenRefusal };

export function signToken(claims: TokenClaims, secret: Buffer): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${VERSION}.${payload}.${signature(`${VERSION}.${payload}`, secret)}`;
}

/**
 * The claims of a token this server signed, still valid at `nowS` and not revoked. Anything that
 * does not carry our signature (tampered, truncated, signed with another secret, garbage) is
 * 'forged'; the signature is checked before the claims are trusted for anything.
 */
export function verifyToken(
  token: string | null | undefined,
  secret: Buffer,
  isRevoked: (linkId: string) => boolean,
  nowS: number = Math.floor(Date.now() / 1000),
): TokenCheck {
  if (!token) return { ok: false, reason: 'missing-token' };
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== VERSION) return { ok: false, reason: 'forged' };
  const [, payload, given] = parts as [string, string, string];
  const expected = Buffer.from(signature(`${VERSION}.${payload}`, secret), 'base64url');
  const actual = Buffer.from(given, 'base64url');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return { ok: false, reason: 'forged' };
  const claims = parseClaims(payload);
  if (!claims) return { ok: false, reason: 'forged' };
  if (claims.exp <= nowS) return { ok: false, reason: 'expired' };
  if (isRevoked(claims.linkId)) return { ok: false, reason: 'revoked' };
  return { ok: true, claims };
}

export function newLinkId(): string {
  return randomBytes(9).toString('base64url');
}

function signature(signed: string, secret: Buffer): string {
  return createHmac('sha256', secret).update(signed).digest('base64url');
}

function parseClaims(payload: string): TokenClaims | null {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { project, role, exp, linkId } = value as Record<string, unknown>;
  if (typeof project !== 'string' || !isRole(role) || typeof exp !== 'number' || typeof linkId !== 'string') return null;
  return { project, role, exp, linkId };
}
