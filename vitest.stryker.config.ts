/**
 * Vitest configuration used only by StrykerJS (`npm run mutation`): the Node `unit` tests, without
 * the fuzzers (random robustness cases that take minutes per run; the process fuzzer also spawns the
 * CLI in a child process, which never sees the mutant under test) and without the README/lint checks
 * (they read files, not the mutated code).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'unit',
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['tests/unit/fuzz/**', 'tests/unit/app/readme.test.ts', 'tests/unit/lint/**'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
