/**
 * Entry point of `npm run sim`: the headless runner over the same models as the app.
 * A reader that closes the pipe early (`| head`) ends the run quietly.
 */
import { readFileSync } from 'node:fs';
import { runCli } from './cli/main';
import { progressLine } from './cli/progress';
import { readBuildInfo } from './cli/build';
import { modelLoaders } from './models/registry';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  process.stderr.write(`sim: cannot write the output: ${e.message}\n`);
  process.exit(1);
});

const code = await runCli(
  process.argv.slice(2),
  {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readFile: (p) => readFileSync(p, 'utf8'),
    progress: process.stderr.isTTY ? (label) => progressLine((t) => process.stderr.write(t), label) : undefined,
    build: readBuildInfo(),
  },
  modelLoaders,
);
process.exitCode = code;
