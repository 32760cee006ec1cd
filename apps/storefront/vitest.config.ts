import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

// Storefront unit tests (`npm run test:storefront`, part of `npm test`) run through the same Vite
// pipeline as the build: the same alias, JSX and module resolution. Files: src/**/*.spec.ts(x),
// beside the code. Node environment; a component test opts into a DOM per file.
export default defineConfig((env) =>
  mergeConfig(viteConfig(env), {
    test: {
      // The storefront's lint rule (scripts/eslint) is tested here too: it is about this code.
      include: ['src/**/*.spec.{ts,tsx}', '../../scripts/eslint/*.spec.ts'],
      environment: 'node',
      // Two cores shared with the API tests: one worker is plenty for pure functions.
      maxWorkers: 1,
    },
  }),
);
