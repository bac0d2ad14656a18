// One server per data folder. The WebAssembly SQLite marks a write in progress with a `<db>.lock`
// directory, which a killed process leaves behind; the server takes `server.pid` first, so when
// it finds no live owner it knows such a directory is stale and removes it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PID_FILE = 'server.pid';
/** folders held by a server in this process (tests start several, one after another) */
const heldHere = new Set<string>();

export interface DataFolderLock {
  release(): void;
}

export function lockDataFolder(folder: string, databaseFile: string): DataFolderLock {
  const pidFile = join(folder, PID_FILE);
  const owner = readOwner(pidFile);
  if (owner !== null && isAlive(owner) && (owner !== process.pid || heldHere.has(folder))) {
    throw new Error(`the data folder ${folder} is in use by another Callfloor server (process ${owner}); stop it or use --data with another folder`);
  }
  // no live owner: whatever lock a dead one left is stale
  rmSync(`${databaseFile}.lock`, { recursive: true, force: true });
  writeFileSync(pidFile, `${process.pid}\n`);
  heldHere.add(folder);
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      heldHere.delete(folder);
      if (readOwner(pidFile) === process.pid) rmSync(pidFile, { force: true });
    },
  };
}

/** Forget the folder without touching the files, as a killed server would (tests only). */
export function abandonDataFolder(folder: string): void {
  heldHere.delete(folder);
}

function readOwner(pidFile: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(pidFile, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
