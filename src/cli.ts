/**
 * Entry point of `npm run sim`: the headless runner over the same models as the app.
 * A reader that closes the pipe early (`| head`) ends the run quietly. Ctrl-C cancels the run (a
 * sweep writes the lines already computed first); a second Ctrl-C exits at once.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { runCli } from './cli/main';
import { progressLine } from './cli/progress';
import { fixedTimeFromEnv, readBuildInfo } from './cli/build';
import { sweepThreads } from './cli/threads';
import { cliLoaders } from './cli/loaders';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  process.stderr.write(`sim: cannot write the output: ${e.message}\n`);
  process.exit(1);
});

const interrupt = new AbortController();
process.on('SIGINT', () => {
  if (interrupt.signal.aborted) process.exit(130);
  interrupt.abort();
});

let fixedTime: Date | undefined;
try {
  fixedTime = fixedTimeFromEnv(process.env.SOURCE_DATE_EPOCH);
} catch (e) {
  process.stderr.write(`sim: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
}

const code = await runCli(
  process.argv.slice(2),
  {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readFile: (p) => readFileSync(p, 'utf8'),
    progress: process.stderr.isTTY ? (label) => progressLine((t) => process.stderr.write(t), label) : undefined,
    build: readBuildInfo(),
    fixedTime,
    signal: interrupt.signal,
    cores: availableParallelism(),
    workers: sweepThreads,
  },
  cliLoaders,
);
process.exitCode = code;
