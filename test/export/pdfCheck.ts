// Reading PDFs back in tests: text through pdftotext, page ink through pdftoppm (PGM is trivial to parse).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function writeTemp(bytes: Uint8Array, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'callfloor-pdf-'));
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

export function pdfPageCount(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** Share of non-white pixels on each page, rendered grey at 30 dpi. */
export function pageInk(path: string): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'callfloor-pgm-'));
  execFileSync('pdftoppm', ['-r', '30', '-gray', path, join(dir, 'p')]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pgm'))
    .sort()
    .map((f) => {
      const data = readFileSync(join(dir, f));
      // P5\n<w> <h>\n<max>\n then w × h bytes
      const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 40).toString('latin1'));
      if (!header) throw new Error(`not a PGM: ${f}`);
      const [, w, h] = header.map(Number) as [number, number, number];
      const pixels = data.subarray(header[0].length);
      let ink = 0;
      for (let i = 0; i < w * h; i++) if (pixels[i]! < 200) ink++;
      return ink / (w * h);
    });
}
