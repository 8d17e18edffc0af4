/**
 * The ordered, coalescing channel from the page to a scene renderer (in a render worker or on
 * the page): one call in flight at a time; while one is, a newer size, camera pose or data
 * replaces the waiting one (data field by field), and data fields whose value is the same object
 * as the one last sent are not sent again. Every reply carries the scene's starting camera view,
 * passed on when the scene set a new one. No DOM, no three.js.
 */
import type { CameraView } from './orbitScene';
import type { SceneHome } from './sceneEndpoint';

/** The renderer calls the channel makes (all asynchronous). */
export interface SceneRemote {
  update(changes: Record<string, unknown>): Promise<SceneHome>;
  resize(width: number, height: number, pixelRatio: number): Promise<SceneHome>;
  setView(view: CameraView): Promise<void>;
}

/** What the page calls. */
export interface SceneChannel {
  /** Shows `data` (its top-level fields that changed by identity are sent). */
  update(data: object): void;
  resize(width: number, height: number, pixelRatio: number): void;
  setView(view: CameraView): void;
  /** Sends nothing more. */
  close(): void;
  /** Resolves when nothing is pending or in flight. */
  idle(): Promise<void>;
}

/** Creates a channel to `remote`; `onHome` receives each new starting view, `onError` any failed call. */
export function sceneChannel(remote: SceneRemote, onHome: (view: CameraView) => void, onError: (err: unknown) => void, homeVersion = -1): SceneChannel {
  let closed = false;
  let busy: Promise<void> | null = null;
  let nextData: Record<string, unknown> | null = null;
  let nextSize: [number, number, number] | null = null;
  let nextView: CameraView | null = null;
  const sent = new Map<string, unknown>();

  const applyHome = (h: SceneHome) => {
    if (h.version === homeVersion) return;
    homeVersion = h.version;
    onHome(h.view);
  };

  const drain = async () => {
    try {
      while (!closed && (nextSize || nextView || nextData)) {
        if (nextSize) {
          const [w, h, r] = nextSize;
          nextSize = null;
          applyHome(await remote.resize(w, h, r));
        } else if (nextView) {
          const v = nextView;
          nextView = null;
          await remote.setView(v);
        } else if (nextData) {
          const d = nextData;
          nextData = null;
          applyHome(await remote.update(d));
        }
      }
    } catch (err) {
      if (!closed) onError(err);
    } finally {
      busy = null;
    }
  };
  const pump = () => {
    if (!busy && !closed) busy = drain();
  };

  return {
    update(data) {
      const changes: Record<string, unknown> = {};
      let any = false;
      for (const [k, v] of Object.entries(data)) {
        if (sent.has(k) && sent.get(k) === v) continue;
        sent.set(k, v);
        changes[k] = v;
        any = true;
      }
      if (!any) return;
      nextData = Object.assign(nextData ?? {}, changes);
      pump();
    },
    resize(width, height, pixelRatio) {
      if (width <= 0 || height <= 0) return;
      nextSize = [width, height, pixelRatio];
      pump();
    },
    setView(view) {
      nextView = view;
      pump();
    },
    close() {
      closed = true;
    },
    async idle() {
      while (busy) await busy;
    },
  };
}
