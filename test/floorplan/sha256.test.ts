// The synchronous SHA-256 (migrations, database upgrade) gives the same digest as node:crypto
// and Web Crypto at every padding boundary.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256HexSync } from '../../src/floorplan/format/sha256.ts';
import { digestDrawing } from '../../src/floorplan/underlay/drawingContent.ts';

const bytes = (n: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 255);

describe('sha256HexSync', () => {
  it('known digests (FIPS 180-4 examples)', () => {
    expect(sha256HexSync(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256HexSync(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256HexSync(new TextEncoder().encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('agrees with node:crypto and Web Crypto around every block boundary', async () => {
    for (const n of [1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000, 70_001]) {
      const data = bytes(n);
      const expected = createHash('sha256').update(data).digest('hex');
      expect(sha256HexSync(data), `${n} bytes`).toBe(expected);
      expect(await digestDrawing(data)).toBe(`sha256:${expected}`);
    }
  });
});
