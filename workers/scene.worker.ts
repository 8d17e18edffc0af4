/**
 * Render worker of a 3D view: draws one three.js scene on the OffscreenCanvas the page hands
 * over, so that rasterising it (on the CPU where there is no GPU) and waiting for it never holds
 * up the page's main thread. The page keeps the camera controls and sends the camera pose, the
 * canvas size and data changes (see `src/viz/scene/sceneHost.ts`).
 */
import * as Comlink from 'comlink';
import { sceneEndpoint } from '../src/viz/scene/sceneEndpoint';

Comlink.expose(sceneEndpoint());
