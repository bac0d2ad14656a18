import { describe, expect, it } from 'vitest';
import { signToken, verifyToken } from '../../server/tokens.ts';

const secret = Buffer.from('a test secret of at least thirty-two characters');
const claims = { project: 'park-1', role: 'planner' as const, exp: 2_000, linkId: 'link-1' };
const notRevoked = () => false;

describe('access tokens', () => {
  it('verifies a token it signed until it expires', () => {
    const token = signToken(claims, secret);
    expect(verifyToken(token, secret, notRevoked, 1_999)).toEqual({ ok: true, claims });
    expect(verifyToken(token, secret, notRevoked, 2_000)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a revoked link, another secret, a changed payload and garbage', () => {
    const token = signToken(claims, secret);
    expect(verifyToken(token, secret, (id) => id === 'link-1', 1_000)).toEqual({ ok: false, reason: 'revoked' });
    expect(verifyToken(token, Buffer.from('another secret of at least thirty-two chars'), notRevoked, 1_000)).toEqual({ ok: false, reason: 'forged' });
    const [version, , signature] = token.split('.');
    const promoted = Buffer.from(JSON.stringify({ ...claims, role: 'owner' })).toString('base64url');
    expect(verifyToken(`${version}.${promoted}.${signature}`, secret, notRevoked, 1_000)).toEqual({ ok: false, reason: 'forged' });
    expect(verifyToken(`${token}x`, secret, notRevoked, 1_000)).toEqual({ ok: false, reason: 'forged' });
    expect(verifyToken('cf1..', secret, notRevoked, 1_000)).toEqual({ ok: false, reason: 'forged' });
    expect(verifyToken('', secret, notRevoked, 1_000)).toEqual({ ok: false, reason: 'missing-token' });
  });

  it('refuses a signed payload whose claims are not a token', () => {
    const bogus = signToken({ ...claims, role: 'admin' } as unknown as typeof claims, secret);
    expect(verifyToken(bogus, secret, notRevoked, 1_000)).toEqual({ ok: false, reason: 'forged' });
  });
});
