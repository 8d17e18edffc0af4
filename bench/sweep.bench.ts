/**
 * Sweep throughput of the CLI (`--jobs`, src/cli/sweep.ts): points per second with one job (every
 * point in the main thread) and with one worker thread per core, on a 64-point ion-hopping grid
 * (8 temperatures × 8 occupancies, sc L = 8, 2×10⁶ hop attempts, 1 replica: about 0.1 s a point) and a 4096-point
 * solidification steady-state grid (64 G × 64 V, log-spaced), with the JSON lines written to a
 * counter instead of a terminal. Thread start-up (each thread loads tsx and the model, about
 * 0.25 s of CPU) and each thread's own JIT warm-up are included, as a user pays them; the one-job
 * runs reuse the bench's warm main thread, so the speed-up is if anything understated. Medians of 3 runs (ion hopping) and single runs (solidification);
 * `loadAverage1min` is the machine's load when the bench started and `…_coresBusy` the cores the
 * sweep actually kept busy (CPU time / wall time): other processes may hold the cores. Points per
 * CPU second (all threads) show the pool's own overhead, whatever the load.
 */
import { availableParallelism, loadavg } from 'node:os';
import { runCli } from '../src/cli/main';
import { sweepThreads } from '../src/cli/threads';
import { modelLoaders } from '../src/models/registry';
import { median } from './median';

const ionhopGrid = ['ionhop', '--set', 'L=8', '--set', 'steps=2000000', '--set', 'replicas=1', '--grid', 'T=300:600:8', '--grid', 'occupancy=0.1:0.8:8'];
const steadyGrid = ['solidification', '--set', 'mode=steady', '--grid', 'G=log:0.1 K/mm:100 K/mm:64', '--grid', 'V=log:1 um/s:10 mm/s:64'];

/** Runs the CLI with `argv` and `--jobs jobs`; returns the number of lines written. */
async function sweep(argv: string[], jobs: number): Promise<number> {
  let lines = 0;
  const code = await runCli(
    [...argv, '--jobs', String(jobs)],
    {
      stdout: (t) => (lines += t.split('\n').length - 1),
      stderr: (t) => process.stderr.write(t),
      readFile: () => '',
      cores: jobs,
      workers: sweepThreads,
    },
    modelLoaders,
  );
  if (code !== 0) throw new Error(`sweep bench: exit code ${code}`);
  return lines;
}

/** Throughput of one configuration: points per wall-clock second, CPU time / wall time, points per CPU second. */
interface Measured {
  pointsPerSecond: number;
  coresBusy: number;
  pointsPerCpuSecond: number;
}

/**
 * Points per second of `argv` with `jobs` jobs (`points` / median wall time of `repeats` runs,
 * after one untimed run when `repeats` > 1) and the cores it kept busy: process CPU time (all
 * threads) / wall time, which falls short of `jobs` when other processes hold the cores.
 */
async function measure(argv: string[], jobs: number, points: number, repeats: number): Promise<Measured> {
  const once = async () => {
    const n = await sweep(argv, jobs);
    if (n !== points) throw new Error(`sweep bench: ${n} lines, expected ${points}`);
  };
  if (repeats > 1) await once();
  const walls: number[] = [];
  let cpuMs = 0;
  for (let i = 0; i < repeats; i++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await once();
    walls.push(performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    cpuMs += (cpu.user + cpu.system) / 1000;
  }
  return { pointsPerSecond: points / (median(walls) / 1000), coresBusy: cpuMs / walls.reduce((a, b) => a + b, 0), pointsPerCpuSecond: (points * repeats) / (cpuMs / 1000) };
}

export async function bench(): Promise<Record<string, number>> {
  const cores = availableParallelism();
  const loadAverage1min = loadavg()[0];
  const ionhop1 = await measure(ionhopGrid, 1, 64, 3);
  const ionhopAll = await measure(ionhopGrid, cores, 64, 3);
  const steady1 = await measure(steadyGrid, 1, 4096, 1);
  const steadyAll = await measure(steadyGrid, cores, 4096, 1);
  /** Figures of one grid: points per second, speed-up, cores kept busy, points per CPU second. */
  const figures = (name: string, one: Measured, all: Measured) => ({
    [`${name}_oneJob_pointsPerSecond`]: one.pointsPerSecond,
    [`${name}_allCores_pointsPerSecond`]: all.pointsPerSecond,
    [`${name}_speedup`]: all.pointsPerSecond / one.pointsPerSecond,
    [`${name}_oneJob_coresBusy`]: one.coresBusy,
    [`${name}_allCores_coresBusy`]: all.coresBusy,
    [`${name}_oneJob_pointsPerCpuSecond`]: one.pointsPerCpuSecond,
    [`${name}_allCores_pointsPerCpuSecond`]: all.pointsPerCpuSecond,
  });
  return { cores, loadAverage1min, ...figures('ionhop64', ionhop1, ionhopAll), ...figures('solidificationSteady4096', steady1, steadyAll) };
}
