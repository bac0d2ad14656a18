// Minting access tokens: the owner's token (command line) and share links (HTTP, by an owner).
import { newLinkId, signToken, type TokenClaims } from './tokens.ts';
import type { Role } from './roles.ts';

export const DEFAULT_OWNER_TOKEN_DAYS = 365;
export const DEFAULT_LINK_DAYS = 30;

export interface MintedToken {
  readonly token: string;
  readonly claims: TokenClaims;
}

export function mintToken(secret: Buffer, project: string, role: Role, expiresInS: number, nowS = Math.floor(Date.now() / 1000)): MintedToken {
  const claims: TokenClaims = { project, role, exp: nowS + Math.max(1, Math.floor(expiresInS)), linkId: newLinkId() };
  return { token: signToken(claims, secret), claims };
}
