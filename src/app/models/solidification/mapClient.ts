/**
 * Computes the solidification model's steady G–V / G–R stability map in parallel: the G rows
 * are split into small blocks that 2–4 dedicated map workers take in turn; progress is the
 * fraction of rows done, blocks are stitched into one map, and cancel stops handing out blocks
 * and terminates the workers (they are respawned for the next map).
 */
import * as Comlink from 'comlink';
import type { StabilityMapBlock, StabilityMapRequest } from '../../../models/solidification';
import type { StabilityMapWorkerApi } from '../../../../workers/solidificationMap.worker';
import { defaultPoolSize } from '../../worker/pool';

/** A stitched map: regime codes and max supercooling per cell, row i = G[i], column j = Y[j]. */
export interface StabilityMap {
  request: StabilityMapRequest;
  G: Float64Array;
  Y: Float64Array;
  /** Index (i·nY + j). */
  regime: Uint8Array;
  deltaTcs: Float64Array;
  V: Float64Array;
  /** G_crit per cell, K/m. */
  criticalGradient: Float64Array;
  /** Interface k and V_abs (m/s) of the alloy's steady state, the same at every cell. */
  interfaceK: number;
  absoluteStabilityV: number;
  elapsedMs: number;
  workers: number;
}

/** How a map computation ended. */
export type MapOutcome = { kind: 'map'; map: StabilityMap } | { kind: 'cancelled' } | { kind: 'error'; message: string };

/** A handle on a running map. */
export interface MapHandle {
  done: Promise<MapOutcome>;
  cancel: () => void;
}

interface Slot {
  worker: Worker;
  api: Comlink.Remote<StabilityMapWorkerApi>;
}

/** Default number of map workers: 2 to 4. */
export function mapWorkerCount(): number {
  return Math.max(2, defaultPoolSize());
}

function spawn(): Slot {
  const worker = new Worker(new URL('../../../../workers/solidificationMap.worker.ts', import.meta.url), { type: 'module' });
  return { worker, api: Comlink.wrap<StabilityMapWorkerApi>(worker) };
}

/** A set of map workers kept between maps. */
export class StabilityMapRunner {
  private slots: Slot[] = [];
  private current: MapHandle | null = null;

  constructor(readonly size = mapWorkerCount()) {}

  private ensure(): Slot[] {
    while (this.slots.length < this.size) this.slots.push(spawn());
    return this.slots;
  }

  private terminate(): void {
    for (const s of this.slots) {
      s.api[Comlink.releaseProxy]();
      s.worker.terminate();
    }
    this.slots = [];
  }

  /** Computes the whole map; a map already running is cancelled first. */
  compute(request: StabilityMapRequest, onProgress?: (fraction: number) => void): MapHandle {
    this.current?.cancel();
    const started = performance.now();
    const nG = request.nG;
    const nY = request.nY;
    const slots = this.ensure();
    const rowsPerBlock = Math.max(1, Math.ceil(nG / (slots.length * 6)));
    const regime = new Uint8Array(nG * nY);
    const deltaTcs = new Float64Array(nG * nY);
    const V = new Float64Array(nG * nY);
    const criticalGradient = new Float64Array(nG * nY);
    let interfaceK = NaN;
    let absoluteStabilityV = NaN;
    let G: Float64Array = new Float64Array(0);
    let Y: Float64Array = new Float64Array(0);
    let nextRow = 0;
    let rowsDone = 0;
    let stopped = false;
    let resolve!: (o: MapOutcome) => void;
    const done = new Promise<MapOutcome>((r) => (resolve = r));
    const finish = (o: MapOutcome) => {
      if (stopped) return;
      stopped = true;
      if (this.current === handle) this.current = null;
      resolve(o);
    };
    const place = (b: StabilityMapBlock) => {
      G = b.G;
      Y = b.Y;
      const offset = b.rowStart * nY;
      regime.set(b.regime, offset);
      deltaTcs.set(b.deltaTcs, offset);
      V.set(b.V, offset);
      criticalGradient.set(b.criticalGradient, offset);
      interfaceK = b.interfaceK;
      absoluteStabilityV = b.absoluteStabilityV;
    };
    const run = async (slot: Slot) => {
      while (!stopped && nextRow < nG) {
        const rowStart = nextRow;
        const rowEnd = Math.min(nG, rowStart + rowsPerBlock);
        nextRow = rowEnd;
        const block = await slot.api.map({ ...request, rowStart, rowEnd });
        if (stopped) return;
        place(block);
        rowsDone += rowEnd - rowStart;
        onProgress?.(rowsDone / nG);
      }
    };
    const handle: MapHandle = {
      done,
      cancel: () => {
        if (stopped) return;
        this.terminate();
        finish({ kind: 'cancelled' });
      },
    };
    this.current = handle;
    Promise.all(slots.map(run))
      .then(() => finish({ kind: 'map', map: { request, G, Y, regime, deltaTcs, V, criticalGradient, interfaceK, absoluteStabilityV, elapsedMs: performance.now() - started, workers: slots.length } }))
      .catch((e: unknown) => {
        if (stopped) return;
        this.terminate();
        finish({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
      });
    return handle;
  }

  /** Stops any map and terminates the workers. */
  dispose(): void {
    this.current?.cancel();
    this.terminate();
  }
}
