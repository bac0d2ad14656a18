import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { SAMPLES_DIR, examplePlan } from '../fixtures/plans.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'callfloor-cli-'));
function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('callfloor validate', () => {
  it('exits 0 on a valid plan', async () => {
    const c = capture();
    expect(await main(['validate', `${SAMPLES_DIR}example.callfloor.json`], c.io)).toBe(0);
    expect(c.out.join('')).toContain('valid');
  });

  it('exits 2 and prints every problem with its path', async () => {
    const doc = examplePlan() as any;
    doc.site.buildings[0].floors[0].zones[1].polygon = [[60, 20.2], [79.8, 49.8], [79.8, 20.2], [60, 49.8]];
    const c = capture();
    expect(await main(['validate', file('bad.json', JSON.stringify(doc))], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain('site.buildings[0].floors[0].zones[1].polygon: 边界自相交');
    expect(c.err.join('\n')).toContain('self-intersecting');
  });

  const oneLine: [string, () => string, string][] = [
    ['a missing file', () => join(dir, 'nope.json'), 'file not found'],
    ['a folder', () => dir, 'is a folder'],
    ['binary garbage', () => file('g.bin', Buffer.from([0, 1, 2, 255, 0, 7])), 'binary file'],
    ['invalid UTF-8', () => file('latin1.json', Buffer.from([0x7b, 0xe9, 0x7d])), 'not UTF-8'],
    ['not JSON', () => file('t.json', 'hello'), 'not valid JSON'],
    ['a foreign JSON file', () => file('geo.json', '{"type":"FeatureCollection"}'), 'not a Callfloor plan file'],
    ['a newer version', () => file('v9.json', '{"format":"callfloor","version":9}'), 'newer Callfloor'],
  ];
  it.each(oneLine)('gives %s one clear message and exit 2', async (_n, make, text) => {
    const c = capture();
    expect(await main(['validate', make()], c.io)).toBe(2);
    const err = c.err.join('\n');
    expect(err).toContain(text);
    expect(err).not.toMatch(/\bat .*\(.*:\d+:\d+\)/); // no stack trace
  });

  it('handles 100 MB of garbage text through the real binary with one message', () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, Buffer.alloc(100 * 1024 * 1024, 'x'));
    const r = spawnSync('node', ['bin/callfloor.mjs', 'validate', big], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('not valid JSON: error at line 1, column 1');
    expect(r.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(3);
  }, 60_000);
});

describe('callfloor stats', () => {
  it('prints site, floor and use figures of the example', async () => {
    const c = capture();
    expect(await main(['stats', `${SAMPLES_DIR}example.callfloor.json`], c.io)).toBe(0);
    const text = c.out.join('\n');
    expect(text).toContain('示例园区 — 1 座 seats');
    expect(text).toContain('容积率 FAR 0.06');
    expect(text).toMatch(/话务区 work\s+1178\.1\s+1/);
  });
  it('--json gives seats and areas per building, floor and zone', async () => {
    const c = capture();
    expect(await main(['stats', `${SAMPLES_DIR}example.callfloor.json`, '--json'], c.io)).toBe(0);
    const json = JSON.parse(c.out.join(''));
    expect(json.site.seats).toBe(1);
    expect(json.site.parcelArea).toBe(30000);
    expect(json.buildings[0].floors[0].zones[0]).toEqual({ id: 'z1', name: '话务一区', use: 'work', area: 1178.1, seats: 1 });
  });
  it('an unknown command exits 2 with the usage', async () => {
    const c = capture();
    expect(await main(['frobnicate'], c.io)).toBe(2);
    expect(c.err.join('')).toContain('unknown command');
  });
});

describe('the bin', () => {
  it('runs through node with the package bin', () => {
    const out = execFileSync('node', ['bin/callfloor.mjs', 'validate', `${SAMPLES_DIR}example.callfloor.json`], { encoding: 'utf8' });
    expect(out).toContain('有效 / valid');
  });
});
