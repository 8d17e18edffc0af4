/**
 * Entry of a strip thread (started by strips.ts): a phase-field solver on the shared fields that
 * runs its strip's phase each time the main thread moves the control generation on, then counts
 * itself done.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PhaseFieldSolver, runStripPhase } from '../models/solidification';
import { DONE, GEN, PHASE, PHASE_STOP, type StripSetup } from './strips';

const setup = workerData as StripSetup;
const port = parentPort;
if (port === null) throw new Error('stripWorker must run in a worker thread');
const solver = new PhaseFieldSolver(setup.problem, { fields: setup.fields, initialise: false });
const { control, clock, faces, outFlux, index, count } = setup;
let seen = Atomics.load(control, GEN);
port.postMessage('ready');
for (;;) {
  Atomics.wait(control, GEN, seen);
  seen = Atomics.load(control, GEN);
  const phase = Atomics.load(control, PHASE);
  if (phase === PHASE_STOP) break;
  solver.t = clock[0];
  solver.steps = clock[1];
  solver.shifts = clock[2];
  outFlux[index] = runStripPhase(solver, phase, index, count, faces);
  Atomics.add(control, DONE, 1);
  Atomics.notify(control, DONE);
}
port.close();
