// `callfloor report --kind evacuation`: the PDF written and read back with poppler.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportCommand } from '../../src/cli/report.ts';
import { evacuationPlan } from '../export/model/evacuationFixture.ts';
import { pageInk, pdfPageCount, pdfText } from '../export/pdfCheck.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'callfloor-evac-'));
const planPath = join(dir, 'evac.callfloor.json');
writeFileSync(planPath, JSON.stringify(evacuationPlan()));

/** "Page size: 1190.55 x 841.89 pts (A3)" → [width, height] in mm. */
function pageSizeMm(path: string): [number, number] {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  return [Math.round((Number(m[1]) * 25.4) / 72), Math.round((Number(m[2]) * 25.4) / 72)];
}

describe('callfloor report --kind evacuation', () => {
  it('writes one Chinese A3 page per mark of a building, and a page with the note for a floor without marks', async () => {
    const c = capture();
    const out = join(dir, 'zh.pdf');
    const code = await reportCommand([planPath, '--kind', 'evacuation', '--building', 'B', '--lang', 'zh', '--out', out, '--date', '2026-11-01'], c.io);
    expect(c.err).toEqual([]);
    expect(code).toBe(0);
    expect(c.out.join('')).toContain('A3');
    // 1F has two marks, 2F none
    expect(pdfPageCount(out)).toBe(3);
    expect(pageSizeMm(out)).toEqual([420, 297]);
    const pages = pdfText(out).split('\f');
    for (const page of pages.slice(0, 3)) {
      expect(page).toContain('疏散示意图');
      expect(page).toContain('119');
      expect(page).toContain('发生火灾时请勿乘坐电梯');
      expect(page).toContain('2026-11-01');
      expect(page).toContain('B栋');
    }
    expect(pages[0]).toContain('1F');
    expect(pages[0]).toContain('您在此处');
    expect(pages[0]).toContain('西门');
    // the mark at (3, 10) is 3 m from the west exit
    expect(pages[0]).toContain('距最近安全出口步行约 3 m');
    // the mark at (18, 10) walks 22 m east (round the wall west is longer)
    expect(pages[1]).toContain('距最近安全出口步行约 22 m');
    expect(pages[2]).toContain('2F');
    // marked pages say 您在此处 in the panel, on the plan and in the legend; the unmarked one only in its note
    const count = (page: string) => page.split('您在此处').length - 1;
    expect(count(pages[0]!)).toBe(3);
    expect(pages[2]).toContain('本层尚未放置“您在此处”位置标记');
    expect(count(pages[2]!)).toBe(1);
    // every page carries a drawing, not just text
    for (const ink of pageInk(out)) expect(ink).toBeGreaterThan(0.03);
  }, 60_000);

  it('writes the English A4 page of one floor', async () => {
    const c = capture();
    const out = join(dir, 'en.pdf');
    const code = await reportCommand([planPath, '--kind', 'evacuation', '--floor', 'B-1F', '--paper', 'a4', '--lang', 'en', '--out', out], c.io);
    expect(c.err).toEqual([]);
    expect(code).toBe(0);
    expect(pdfPageCount(out)).toBe(2);
    expect(pageSizeMm(out)).toEqual([297, 210]);
    const text = pdfText(out);
    expect(text).toContain('Evacuation plan');
    expect(text).toContain('You are here');
    expect(text).toContain('119');
    expect(text).toContain('do not use lifts');
    expect(text).toContain('B栋 · 1F');
    expect(text).toContain('Fire extinguisher');
    expect(text).toContain('Fire hydrant');
    expect(text).not.toContain('疏散示意图');
  }, 60_000);

  it.each([
    [['--kind', 'evacuation', '--paper', 'a5', '--out', 'x.pdf'], '--paper'],
    [['--kind', 'evacuation', '--floor', 'Z-9F', '--out', 'x.pdf'], 'floor:Z-9F'],
    [['--kind', 'capacity', '--floor', 'B-1F', '--out', 'x.pdf'], '--floor'],
  ])('exits 2 with a clear message on %j', async (args, mention) => {
    const c = capture();
    expect(await reportCommand([planPath, ...args], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain(mention);
  });
});
