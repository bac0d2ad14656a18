// The layer lint (.dependency-cruiser.cjs, `npm run lint:layers`) must fail on a violation, so
// that a green lint means something: a small made-up src/ tree, with one import breaking each
// rule and a few allowed ones, is checked with the real config, and the violations must be
// exactly the planted ones.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Tiny stand-ins for the libraries, so the fixture resolves them under its own node_modules/. */
const PACKAGES: Record<string, string> = {
  'node_modules/react/package.json': '{"name":"react","main":"index.js"}',
  'node_modules/react/index.js': 'module.exports = {};',
  'node_modules/react-i18next/package.json': '{"name":"react-i18next","main":"index.js"}',
  'node_modules/react-i18next/index.js': 'module.exports = {};',
  'node_modules/three/package.json': '{"name":"three","main":"index.js"}',
  'node_modules/three/index.js': 'module.exports = {};',
  'node_modules/zustand/package.json': '{"name":"zustand","main":"index.js"}',
  'node_modules/zustand/index.js': 'module.exports = {};',
  'node_modules/zustand/vanilla.js': 'module.exports = {};',
  'node_modules/flatbush/package.json': '{"name":"flatbush","main":"index.js"}',
  'node_modules/flatbush/index.js': 'module.exports = {};',
  'tsconfig.json': '{"compilerOptions":{"module":"ESNext","moduleResolution":"bundler","allowImportingTsExtensions":true,"noEmit":true,"jsx":"react-jsx"}}',
};

/** The made-up src/: each file says which rule its import breaks, or that it is allowed. */
const SOURCES: Record<string, string> = {
  // allowed: the model with plain libraries, zustand's vanilla store, its own modules
  'src/floorplan/geometry.ts': "import 'flatbush';\nimport 'zustand/vanilla';\nexport const area = 1;",
  'src/rules/rule.ts': "import { area } from '../floorplan/geometry.ts';\nexport const rule = area;",
  // model-no-view-libraries, directly and through another module
  'src/floorplan/usesReact.ts': "import 'react';\nexport const a = 1;",
  'src/rules/usesZustandHooks.ts': "import 'zustand';\nexport const a = 1;",
  'src/rules/throughStrings.ts': "import { t } from '../i18n/index.ts';\nexport const a = t;",
  'src/i18n/index.ts': "import 'react-i18next';\nexport const t = 1;",
  // model-no-app-layers
  'src/rules/usesEditor.ts': "import { store } from '../editor/store.ts';\nexport const a = store;",
  // floorplan-no-rules
  'src/floorplan/usesRules.ts': "import { rule } from '../rules/rule.ts';\nexport const a = rule;",
  // model-no-node-builtins
  'src/rules/usesNode.ts': "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;",
  // views-only-from-composition-root (a type-only import counts too)
  'src/persistence/usesView.ts': "import type { Scene } from '../view3d/scene.ts';\nexport type A = Scene;",
  // allowed: the 3D scene uses a string module of the panels; the panels' strings are theirs
  'src/view3d/scene.ts': "import '../ui/panelMessages.ts';\nexport type Scene = number;\nexport const scene = 1;",
  'src/ui/panelMessages.ts': 'export const messages = 1;',
  // ui-and-view3d-apart
  'src/ui/panel.ts': "import { scene } from '../view3d/scene.ts';\nexport const panel = scene;",
  // view3d-and-ui-apart
  'src/view3d/usesPanel.ts': "import { panel } from '../ui/panel.ts';\nexport const a = panel;",
  // nothing-imports-composition-root
  'src/editor/store.ts': "import { App } from '../App.tsx';\nexport const store = App;",
  // allowed: the composition root wires both views
  'src/App.tsx': "import { panel } from './ui/panel.ts';\nimport { scene } from './view3d/scene.ts';\nexport const App = panel + scene;",
  'src/main.tsx': "import { App } from './App.tsx';\nexport const main = App;",
  // export-no-view-code
  'src/export/usesStore.ts': "import { store } from '../editor/store.ts';\nexport const a = store;",
  // export-three-only-for-gltf; gltf.ts itself is allowed
  'src/export/pdf.ts': "import 'three';\nexport const a = 1;",
  'src/export/gltf.ts': "import 'three';\nexport const a = 1;",
  // model-no-circular: a cycle through a type-only import
  'src/rules/cycleA.ts': "import type { B } from './cycleB.ts';\nexport type A = B | 1;",
  'src/rules/cycleB.ts': "import { cycle } from './cycleC.ts';\nexport type B = 2;\nexport const b = cycle;",
  'src/rules/cycleC.ts': "import type { A } from './cycleA.ts';\nexport const cycle: A = 1;",
  // src-not-server (the collaboration model is model code too)
  'src/collab/usesServer.ts': "import { serve } from '../../server/serve.ts';\nexport const a = serve;",
  'server/serve.ts': 'export const serve = 1;',
};

const EXPECTED = [
  'model-no-view-libraries: src/floorplan/usesReact.ts → node_modules/react/index.js',
  'model-no-view-libraries: src/rules/usesZustandHooks.ts → node_modules/zustand/index.js',
  'model-no-view-libraries: src/rules/throughStrings.ts → node_modules/react-i18next/index.js',
  'model-no-app-layers: src/rules/usesEditor.ts → src/editor/store.ts',
  'floorplan-no-rules: src/floorplan/usesRules.ts → src/rules/rule.ts',
  'model-no-node-builtins: src/rules/usesNode.ts → fs',
  'views-only-from-composition-root: src/persistence/usesView.ts → src/view3d/scene.ts',
  'ui-and-view3d-apart: src/ui/panel.ts → src/view3d/scene.ts',
  'view3d-and-ui-apart: src/view3d/usesPanel.ts → src/ui/panel.ts',
  'nothing-imports-composition-root: src/editor/store.ts → src/App.tsx',
  'export-no-view-code: src/export/usesStore.ts → src/editor/store.ts',
  'export-three-only-for-gltf: src/export/pdf.ts → node_modules/three/index.js',
  'model-no-circular: src/rules/cycleA.ts → src/rules/cycleB.ts',
  'src-not-server: src/collab/usesServer.ts → server/serve.ts',
].sort();

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'callfloor-layers-'));
  for (const [path, text] of Object.entries({ ...PACKAGES, ...SOURCES })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** depcruise on the fixture's src/ with the repository's config. */
function depcruise(outputType: 'json' | 'err'): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), 'src', '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', outputType], { cwd: dir, encoding: 'utf8' });
}

describe('layer lint (.dependency-cruiser.cjs)', () => {
  it('reports exactly the planted violations, one for each rule, and none of the allowed imports', () => {
    const run = depcruise('json');
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as { summary: { violations: Violation[] } };
    // a reachability violation names the forbidden module in `to` and its start in `from`;
    // a cycle is reported once, from its first module; a Node built-in by its bare name
    const found = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
    expect(found).toEqual(EXPECTED);
  });

  it('exits with the number of errors, as `npm run lint:layers` reports them, so the test command fails', () => {
    const run = depcruise('err');
    expect(run.status).toBe(EXPECTED.length);
    expect(run.stdout).toContain(`${EXPECTED.length} dependency violations (${EXPECTED.length} errors`);
  });

  it('names every rule of the config in the fixture, so a new rule gets a planted violation too', async () => {
    const config = (await import(join(ROOT, '.dependency-cruiser.cjs'))) as { default: { forbidden: { name: string }[] } };
    const planted = new Set(EXPECTED.map((line) => line.split(':')[0]));
    expect(config.default.forbidden.map((r) => r.name).sort()).toEqual([...planted].sort());
  });
});
