// docs/contributing.md lists the files each kind of change touches: every path it names must
// exist, and every rule must have what the rule recipe asks for that no other test checks (a row
// in docs/rules.md and a test that names it).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/registry.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    return statSync(join(ROOT, path)).isDirectory() ? files(path) : [path];
  });
}

describe('docs/contributing.md', () => {
  it('names only paths that exist', () => {
    const named = [...read('docs/contributing.md').matchAll(/`((?:src|test|docs|bench|scripts)\/[^`\s]+)`/g)].map((m) => m[1]!);
    const concrete = named.filter((p) => !p.includes('<'));
    expect(concrete.length).toBeGreaterThan(25);
    expect(concrete.filter((p) => !existsSync(join(ROOT, p.replace(/\/$/, ''))))).toEqual([]);
  });

  it('every rule has a row in docs/rules.md and a test that names it', () => {
    const docs = read('docs/rules.md');
    const tests = files('test')
      .filter((p) => /\.(ts|tsx)$/.test(p) && p !== 'test/contributing.test.ts')
      .map(read)
      .join('\n');
    expect(RULES.length).toBeGreaterThan(40);
    expect(RULES.filter((r) => !docs.includes(`\`${r.id}\``)).map((r) => r.id)).toEqual([]);
    expect(RULES.filter((r) => !tests.includes(r.id)).map((r) => r.id)).toEqual([]);
  });
});
