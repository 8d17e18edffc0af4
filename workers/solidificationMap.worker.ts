/**
 * Stability-map worker of the solidification model: computes blocks of G rows of the steady
 * G–V / G–R map with the model's pure `computeStabilityMap` and transfers the typed arrays back.
 * Many of these run side by side; the app's map client splits the rows and stitches the blocks.
 */
import * as Comlink from 'comlink';
import { computeStabilityMap, type StabilityMapBlock, type StabilityMapRequest } from '../src/models/solidification';

/** The API this worker exposes. */
export interface StabilityMapWorkerApi {
  map(request: StabilityMapRequest): StabilityMapBlock;
}

const api: StabilityMapWorkerApi = {
  map(request) {
    const block = computeStabilityMap(request);
    return Comlink.transfer(block, [block.regime.buffer, block.deltaTcs.buffer, block.V.buffer, block.criticalGradient.buffer, block.G.buffer, block.Y.buffer] as ArrayBuffer[]);
  },
};

Comlink.expose(api);
