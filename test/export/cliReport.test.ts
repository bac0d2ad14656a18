import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCsvCommand } from '../../src/cli/exportCsv.ts';
import { reportCommand } from '../../src/cli/report.ts';
import { handPlan } from './fixtures.ts';
import { pdfText } from './pdfCheck.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'callfloor-cli-'));
const planPath = join(dir, 'hand.callfloor.json');
writeFileSync(planPath, JSON.stringify(handPlan()));

describe('callfloor report', () => {
  it('writes a compliance PDF in English for one floor', async () => {
    const c = capture();
    const out = join(dir, 'c.pdf');
    const code = await reportCommand([planPath, '--kind', 'compliance', '--lang', 'en', '--scope', 'floor:A-1F', '--out', out, '--date', '2026-11-01', '--prepared', '张伟'], c.io);
    expect(c.err).toEqual([]);
    expect(code).toBe(0);
    const text = pdfText(out);
    expect(text).toContain('Compliance report');
    expect(text).toContain('张伟');
    expect(text).toContain('2026-11-01');
  }, 60_000);

  it.each([
    [['--kind', 'nope', '--out', 'x.pdf'], '--kind'],
    [['--kind', 'capacity'], '--out'],
    [['--kind', 'capacity', '--out', 'x.pdf', '--lang', 'fr'], '--lang'],
    [['--kind', 'capacity', '--out', 'x.pdf', '--scope', 'wing:3'], '--scope'],
    [['--kind', 'capacity', '--out', 'x.pdf', '--scope', 'floor:Z-9F'], 'floor:Z-9F'],
    [['--kind', 'capacity', '--out', 'x.pdf', '--date', '1/11/2026'], '--date'],
    [['--kind', 'capacity', '--out'], '--out'],
    [['--colour', 'red'], '--colour'],
  ])('exits 2 with a clear message on bad input %j', async (args, mention) => {
    const c = capture();
    expect(await reportCommand([planPath, ...args], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain(mention);
  });

  it('exits 2 when the plan file is missing', async () => {
    const c = capture();
    expect(await reportCommand([join(dir, 'missing.json'), '--kind', 'capacity', '--out', join(dir, 'x.pdf')], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain('file not found');
  });
});

describe('callfloor export-csv', () => {
  it('writes the zone schedule with a BOM', async () => {
    const c = capture();
    const out = join(dir, 'z.csv');
    expect(await exportCsvCommand([planPath, '--kind', 'zones', '--out', out], c.io)).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[1]).toMatch(/^z11,A栋,1F,话务一区,话务区,600,4,150,/);
  }, 60_000);

  it('writes the findings list: rule titles and names, never ids', async () => {
    const c = capture();
    const out = join(dir, 'f.csv');
    expect(await exportCsvCommand([planPath, '--kind', 'findings', '--lang', 'en', '--out', out], c.io)).toBe(0);
    const lines = readFileSync(out, 'utf8').replace(/^\uFEFF/, '').split('\r\n').filter((l) => l.length > 0);
    expect(lines.length).toBeGreaterThan(1);
    const body = lines.slice(1).join('\n');
    // ids of the hand plan's elements and rule ids stay in --json only
    expect(body).not.toMatch(/\b(?:fire|lighting|ventilation|space|zoning|site)\.[a-z-]+\b/);
    expect(body).not.toMatch(/docs\//);
  }, 60_000);

  it('exits 2 on an unknown kind', async () => {
    const c = capture();
    expect(await exportCsvCommand([planPath, '--kind', 'desks', '--out', join(dir, 'x.csv')], c.io)).toBe(2);
    expect(c.err.join('')).toContain('workstations');
  });
});
