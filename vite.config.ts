import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { viewerTemplatePlugin } from './scripts/viewerBuild.ts';

export default defineConfig({
  // the proposal pack's one-file HTML viewer is built with the app (scripts/viewerBuild.ts)
  plugins: [react(), viewerTemplatePlugin()],
  worker: { format: 'es' },
  build: { chunkSizeWarningLimit: 2000 },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
