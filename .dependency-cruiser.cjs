// The layers of src/ as lint rules (`npm run lint:layers`, run by `npm test`); why each layer may
// import what it does: docs/architecture.md, "Layers and what they may import".
// Paths are relative to the folder depcruise runs in (the repository root; the self-test in
// test/layers/ runs it in a copy of its fixtures). Type-only imports count like any other: a
// type from a view in the model's API still makes the model depend on the view.

/** The composition root: the app's and the proposal viewer's entries, which wire views to stores. */
const COMPOSITION_ROOT = '^src/(main\\.tsx|App\\.tsx|viewer/main\\.tsx|viewer/ViewerApp\\.tsx)$';
/** The model and the rules: pure TypeScript that runs in Node, in workers and in the page. */
const MODEL = '^src/(floorplan|rules|collab)/';
/** Libraries that need React, WebGL or the DOM (zustand's entry and `zustand/react` are React hooks; `zustand/vanilla` is not). */
const VIEW_LIBRARIES = '^node_modules/((react|react-dom|react-i18next|three|@react-three/[^/]+|dexie)/|zustand/(?!vanilla))';
/** String modules (addMessages calls and label helpers): shared between the two views, not view code. */
const STRINGS_MODULE = 'Messages\\.ts$';

module.exports = {
  forbidden: [
    {
      name: 'src-not-server',
      severity: 'error',
      comment: 'The app and its model never import the collaboration server (it runs in Node, beside them).',
      from: { path: '^src/' },
      to: { path: '^server/' },
    },
    {
      name: 'model-no-view-libraries',
      severity: 'error',
      comment: 'src/floorplan and src/rules run in Node and workers: no React, three, react-three, zustand hooks, Dexie or react-dom, not even through another module.',
      from: { path: MODEL },
      to: { path: VIEW_LIBRARIES, reachable: true },
    },
    {
      name: 'model-no-app-layers',
      severity: 'error',
      comment: 'The model and the rules import no editor, view, export, persistence, viewer or command-line code: those depend on the model, never the reverse.',
      from: { path: MODEL },
      to: { path: ['^src/(editor|view3d|ui|export|persistence|viewer|cli)/', COMPOSITION_ROOT] },
    },
    {
      name: 'floorplan-no-rules',
      severity: 'error',
      comment: 'The plan model imports libraries only; the rules read the model, not the other way round.',
      from: { path: '^src/floorplan/' },
      to: { path: '^src/rules/' },
    },
    {
      name: 'model-no-node-builtins',
      severity: 'error',
      comment: 'The model and the rules also run in the page: Node built-ins belong to src/cli.',
      from: { path: MODEL },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'views-only-from-composition-root',
      severity: 'error',
      comment: 'Nothing but the composition root (src/main.tsx, src/App.tsx, src/viewer/main.tsx, src/viewer/ViewerApp.tsx) imports src/view3d or src/ui.',
      from: { path: '^src/', pathNot: [COMPOSITION_ROOT, '^src/(view3d|ui)/'] },
      to: { path: '^src/(view3d|ui)/' },
    },
    {
      name: 'ui-and-view3d-apart',
      severity: 'error',
      comment: 'The DOM views (src/ui) and the 3D scene (src/view3d) are siblings wired by the composition root; each may use the other\'s string modules (*Messages.ts), nothing else.',
      from: { path: '^src/ui/' },
      to: { path: '^src/view3d/', pathNot: STRINGS_MODULE },
    },
    {
      name: 'view3d-and-ui-apart',
      severity: 'error',
      comment: 'The 3D scene (src/view3d) imports no DOM panel (src/ui) but its string modules (*Messages.ts).',
      from: { path: '^src/view3d/' },
      to: { path: '^src/ui/', pathNot: STRINGS_MODULE },
    },
    {
      name: 'nothing-imports-composition-root',
      severity: 'error',
      comment: 'The entries are the top of the graph: nothing but another entry imports them.',
      from: { path: '^src/', pathNot: COMPOSITION_ROOT },
      to: { path: COMPOSITION_ROOT },
    },
    {
      name: 'export-no-view-code',
      severity: 'error',
      comment: 'Reports and files (src/export) are built from the model and the rules, in Node and in the page: no views, no editor store, no React.',
      from: { path: '^src/export/' },
      to: { path: ['^src/(view3d|ui|editor|viewer|persistence)/', COMPOSITION_ROOT, '^node_modules/(react|react-dom|react-i18next|@react-three/[^/]+)(/|$)'] },
    },
    {
      name: 'export-three-only-for-gltf',
      severity: 'error',
      comment: 'three in src/export only for the glTF file, written by three\'s GLTFExporter from a scene built for the file (not the view\'s).',
      from: { path: '^src/export/', pathNot: '^src/export/gltf\\.ts$' },
      to: { path: '^node_modules/three/' },
    },
    {
      name: 'model-no-circular',
      severity: 'error',
      comment: 'No import cycles in the model or the rules (type-only imports count): a cycle makes load order matter and hides which module owns what.',
      from: { path: MODEL },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.css$' },
    tsConfig: { fileName: 'tsconfig.json' },
    // count `import type` too (see the top of this file)
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
