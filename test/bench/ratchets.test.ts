// The ratchet checker (bench/ratchets.ts): fails above a ceiling, passes at it, refuses a figure
// without a ceiling or a ceiling without its reason; the bundle figures of a made-up build.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleFigures, checkRatchets, readRatchets, type Ratchets } from '../../bench/ratchets.ts';

const RATCHETS: Ratchets = {
  'draw calls: park': { ceiling: 6, unit: 'calls', why: 'measured 6' },
  'JS heap': { ceiling: 24, unit: 'MB', margin: 0.15, why: 'measured 20.6 MB, +15 %' },
};

describe('checkRatchets', () => {
  it('passes a figure at its ceiling and fails one above it', () => {
    expect(checkRatchets({ 'draw calls: park': 6 }, RATCHETS).failures).toEqual([]);
    const over = checkRatchets({ 'draw calls: park': 7 }, RATCHETS);
    expect(over.failures).toHaveLength(1);
    expect(over.failures[0]).toContain('7 calls is above its ceiling of 6 calls');
    expect(over.lines).toEqual(['✗ draw calls: park: 7 calls, ceiling 6 calls']);
  });

  it('fails a figure with no ceiling, a ceiling with no reason and a figure not measured', () => {
    expect(checkRatchets({ 'draw calls: plan': 3 }, RATCHETS).failures[0]).toContain('no ceiling');
    expect(checkRatchets({ x: 1 }, { x: { ceiling: 2, unit: 'calls', why: ' ' } }).failures[0]).toContain('no `why`');
    expect(checkRatchets({ 'JS heap': Number.NaN }, RATCHETS).failures[0]).toContain('not measured');
  });

  it('suggests a lower ceiling only when the figure plus its margin is well under it', () => {
    // 20.6 MB + 15 % = 23.7 MB: within 5 % of 24, no hint
    expect(checkRatchets({ 'JS heap': 20.6 }, RATCHETS).lines[0]).toBe('✓ JS heap: 20.6 MB, ceiling 24.0 MB');
    // 18 MB + 15 % = 20.7 MB < 22.8 MB: lower to 21
    expect(checkRatchets({ 'JS heap': 18 }, RATCHETS).lines[0]).toBe('✓ JS heap: 18.0 MB, ceiling 24.0 MB (well under: lower the ceiling to 21.0 MB)');
    // 5 of 6 calls is under 95 % of the ceiling
    expect(checkRatchets({ 'draw calls: park': 5 }, RATCHETS).lines[0]).toContain('lower the ceiling to 5 calls');
  });

  it('the committed ceilings each have a unit, a positive ceiling and a reason', () => {
    const committed = readRatchets();
    expect(Object.keys(committed).length).toBeGreaterThanOrEqual(9);
    for (const [name, r] of Object.entries(committed)) {
      expect(r.ceiling, name).toBeGreaterThan(0);
      expect(['bytes', 'calls', 'MB'], name).toContain(r.unit);
      expect(r.why.trim(), name).not.toBe('');
    }
  });
});

describe('bundleFigures', () => {
  const dist = mkdtempSync(join(tmpdir(), 'callfloor-bundle-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('counts what index.html loads at start, all JS, all CSS and the viewer page; fonts are not code', () => {
    mkdirSync(join(dist, 'assets'));
    const files: Record<string, number> = { 'assets/index-a.js': 1000, 'assets/lookup-b.js': 200, 'assets/lazy-c.js': 30, 'assets/rules.worker-d.js': 4, 'assets/index-e.css': 500, 'assets/font.ttf': 9999, 'viewer-template.html': 77 };
    for (const [name, size] of Object.entries(files)) writeFileSync(join(dist, name), 'x'.repeat(size));
    writeFileSync(
      join(dist, 'index.html'),
      '<script type="module" crossorigin src="/assets/index-a.js"></script>\n<link rel="modulepreload" crossorigin href="/assets/lookup-b.js">\n<link rel="icon" href="/favicon.svg" />\n<link rel="stylesheet" crossorigin href="/assets/index-e.css">',
    );
    expect(bundleFigures(dist)).toEqual({
      'bundle: JS + CSS loaded at start': 1000 + 200 + 500,
      'bundle: all JS (lazy chunks and workers too)': 1000 + 200 + 30 + 4,
      'bundle: all CSS': 500,
      'bundle: proposal viewer page (one file)': 77,
    });
  });
});
