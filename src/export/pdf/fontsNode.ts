// Font loading for Node (command line, tests, benchmarks): read the TTF files from node_modules.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { cachedFontLoader, FONT_FILES, type PdfFonts } from './fonts.ts';

const require = createRequire(import.meta.url);

async function base64Of(specifier: string): Promise<string> {
  return (await readFile(require.resolve(specifier))).toString('base64');
}

export const loadNodeFonts = cachedFontLoader(
  async (): Promise<PdfFonts> => {
    const [regular, bold] = await Promise.all([base64Of(FONT_FILES.regular), base64Of(FONT_FILES.bold)]);
    return { regular, bold };
  },
);
