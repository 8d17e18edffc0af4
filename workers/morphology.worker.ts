/**
 * Morphology worker: holds one live 2-D phase-field run (the model's `MorphologySession`),
 * advances it on request and transfers each frame's arrays back. The card's play loop drives it.
 */
import * as Comlink from 'comlink';
import { MorphologySession, type MorphologyFrame, type MorphologyInfo, type MorphologyParams } from '../src/models/solidification';

/** The API this worker exposes. */
export interface MorphologyWorkerApi {
  /** Starts a new run (replacing any other) and returns what the view shows beside it. */
  start(params: MorphologyParams): MorphologyInfo;
  /** Advances the run by `steps` time steps and returns the new frame. */
  advance(steps: number): MorphologyFrame;
}

let session: MorphologySession | null = null;

const api: MorphologyWorkerApi = {
  start(params) {
    session = new MorphologySession(params);
    return session.info;
  },
  advance(steps) {
    if (!session) throw new Error('morphology worker: advance before start');
    session.advance(steps);
    const frame = session.frame();
    return Comlink.transfer(frame, [frame.concentration.buffer, frame.profile.buffer] as ArrayBuffer[]);
  },
};

Comlink.expose(api);
