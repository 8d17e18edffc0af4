/**
 * Vitest configuration used only by StrykerJS (`npm run mutation`): the Node `unit` tests, without
 * the fuzzers (random robustness cases that take minutes per run; the process fuzzer also spawns the
 * CLI in a child process, which never sees the mutant under test) and without the README/lint checks
 * (they read files, not the mutated code). The Svelte plugin compiles the runes of
 * `src/app/session.svelte.ts` for its Node tests.
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [svelte()],
  test: {
    name: 'unit',
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['tests/unit/fuzz/**', 'tests/unit/app/readme.test.ts', 'tests/unit/lint/**'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
