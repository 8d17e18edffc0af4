/**
 * Entry of a sweep worker thread (`--jobs N`, started by threads.ts): loads the model named in
 * its setup through the CLI's loaders (loaders.ts) and answers each SweepTask with the point's JSON line, computed
 * by the same `runOne` as the serial run, or with the error as data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { cliLoaders } from './loaders';
import { runOne, type RunSettings } from './runItem';
import { encodeError, type SweepTask, type WorkerReply, type WorkerSetup } from './threads';

const setup = workerData as WorkerSetup;
const port = parentPort;
if (port === null) throw new Error('sweepWorker must run in a worker thread');
const settings: RunSettings = { preset: setup.preset, format: 'json', build: setup.build, fixedTime: setup.fixedTime === null ? null : new Date(setup.fixedTime) };
const model = cliLoaders[setup.modelId]();

port.on('message', (task: SweepTask) => {
  const place = { index: task.index, points: task.points, sweep: task.sweep, deriveSeed: task.deriveSeed };
  model
    .then((m) => runOne(m, settings, task.sets, (p) => readFileSync(p, 'utf8'), place))
    .then(
      (output): WorkerReply => ({ ok: true, output }),
      (e: unknown) => encodeError(e),
    )
    .then((reply) => port.postMessage(reply));
});
