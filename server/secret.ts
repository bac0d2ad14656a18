// The token signing secret: read from a file, or made on first start (32 random bytes, hex,
// readable by the owner only). It is never logged and never sent to a client.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const MIN_SECRET_CHARS = 32;

export function loadOrCreateSecret(file: string): { secret: Buffer; created: boolean } {
  let created = false;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    created = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const text = readFileSync(file, 'utf8').trim();
  if (text.length < MIN_SECRET_CHARS) {
    throw new Error(`the secret file ${file} holds fewer than ${MIN_SECRET_CHARS} characters; delete it to have a new one made`);
  }
  return { secret: Buffer.from(text, 'utf8'), created };
}
