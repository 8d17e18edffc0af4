/**
 * Entry point of `npm run sim`: the headless runner over the same models as the app.
 */
import { readFileSync } from 'node:fs';
import { runCli } from './cli/main';
import { readBuildInfo } from './cli/build';
import { modelLoaders } from './models/registry';

const code = await runCli(
  process.argv.slice(2),
  {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readFile: (p) => readFileSync(p, 'utf8'),
    build: readBuildInfo(),
  },
  modelLoaders,
);
process.exitCode = code;
