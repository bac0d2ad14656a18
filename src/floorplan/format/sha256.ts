// SHA-256 computed synchronously, by @noble/hashes (audited, no dependencies). The app hashes with
// the platform's Web Crypto (async, native); this is for the places that cannot wait: the format
// migration inside the synchronous parsePlan, and the IndexedDB upgrade, whose transaction ends at
// the first non-IndexedDB await. Both give the same digest (tested against node:crypto).
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** Lower-case hex SHA-256 of `data`. */
export function sha256HexSync(data: Uint8Array): string {
  return bytesToHex(sha256(data));
}
