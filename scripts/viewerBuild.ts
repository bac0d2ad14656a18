// Builds the proposal pack's HTML viewer (viewer.html → src/viewer/main.tsx) into ONE file with
// everything inlined — the script as an inline module, the styles, any small asset as a data URL —
// so a saved pack opens from disk (file://) with no server. A Vite plugin of the app's build: on
// `vite build` it writes <outDir>/viewer-template.html after the app's own bundle; under
// `vite` (dev) it builds the template on the first request of /viewer-template.html.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type Rolldown } from 'vite';

export const VIEWER_TEMPLATE_FILE = 'viewer-template.html';

/** Script text that may stand inside <script>…</script>: no closing tag, no comment opener in it. */
export function inlineScriptText(code: string): string {
  const safe = code.replace(/<\/(script)/gi, '<\\/$1');
  // "<!--" inside a script can bend the HTML parser's script states; the bundle has none today
  if (safe.includes('<!--')) throw new Error('the viewer bundle contains "<!--": cannot inline it safely');
  return safe;
}

/**
 * The built viewer page with its script and styles inlined. `html` is the built page, `files` the
 * other outputs by file name (relative to the page).
 */
export function inlinePage(html: string, files: ReadonlyMap<string, string>): string {
  const file = (ref: string): string => {
    const name = ref.replace(/^\.?\//, '');
    const text = files.get(name);
    if (text === undefined) throw new Error(`viewer build: ${ref} is not among the built files`);
    return text;
  };
  let out = html
    // module preloads are for chunks; the viewer has one script
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g, (_, href: string) => `<style>${file(href).replace(/<\/(style)/gi, '<\\/$1')}</style>`);
  const scripts: string[] = [];
  out = out.replace(/<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>\s*/g, (_, src: string) => {
    scripts.push(inlineScriptText(file(src)));
    return '';
  });
  if (scripts.length !== 1) throw new Error(`viewer build: expected one module script, found ${scripts.length}`);
  // at the very end of the body: after the pack's JSON block, so the page's only copy of the
  // block's opening tag is the block itself (packHtml.ts finds the first one)
  return out.replace('</body>', () => `<script type="module">${scripts[0]}</script>\n</body>`);
}

/** Builds the viewer in memory and returns the self-contained page. */
export async function buildViewerTemplate(root: string): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    publicDir: false,
    plugins: [react()],
    worker: { format: 'es' },
    build: {
      write: false,
      outDir: join(root, 'node_modules', '.viewer-build'),
      emptyOutDir: false,
      modulePreload: false,
      cssCodeSplit: false,
      // fonts and images the styles name go in as data URLs
      assetsInlineLimit: () => true,
      chunkSizeWarningLimit: 100_000,
      rolldownOptions: {
        input: resolve(root, 'viewer.html'),
        // one script: dynamic imports (the rules engine) are bundled in
        output: { codeSplitting: false },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const files = new Map<string, string>();
  let html: string | null = null;
  for (const output of outputs) {
    for (const item of output.output) {
      const text = item.type === 'chunk' ? item.code : typeof item.source === 'string' ? item.source : new TextDecoder().decode(item.source);
      if (item.fileName.endsWith('viewer.html')) html = text;
      else files.set(item.fileName, text);
    }
  }
  if (!html) throw new Error('viewer build: no viewer.html in the output');
  return inlinePage(html, files);
}

/** The app's Vite plugin: the viewer template next to the app (build) or on request (dev). */
export function viewerTemplatePlugin(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let command: 'build' | 'serve' = 'build';
  let cached: Promise<string> | null = null;
  return {
    name: 'callfloor-viewer-template',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      command = config.command;
    },
    async closeBundle() {
      if (command !== 'build') return;
      const started = Date.now();
      const html = await buildViewerTemplate(root);
      writeFileSync(join(outDir, VIEWER_TEMPLATE_FILE), html);
      this.info?.(`viewer template ${(html.length / 1048576).toFixed(2)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    },
    configureServer(server) {
      server.middlewares.use(`/${VIEWER_TEMPLATE_FILE}`, (_req, res) => {
        cached ??= buildViewerTemplate(root);
        cached.then(
          (html) => {
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.end(html);
          },
          (error: unknown) => {
            cached = null;
            res.statusCode = 500;
            res.end(String(error));
          },
        );
      });
    },
  };
}
