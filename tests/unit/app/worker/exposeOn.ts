/**
 * Where `Comlink.expose` puts a model's API in the Node tests of the worker client and session:
 * `workers/expose.ts` exposes on the worker's global scope (Comlink's default endpoint), which
 * Node's test thread does not have. Each test file mocks `comlink` with {@link redirectExpose},
 * and helpers.ts points {@link exposeTarget} at the worker-side port of a `MessageChannel` while it
 * wires one in-process "worker". Imports nothing from comlink, so the mock factory can load it.
 */
import type { Endpoint } from 'comlink';

/** The endpoint the next `expose()` without one uses. */
export const exposeTarget: { current: Endpoint | undefined } = { current: undefined };

/** Comlink with `expose(obj)` sent to {@link exposeTarget} instead of the global scope. */
export function redirectExpose<C extends { expose: (obj: unknown, ep?: Endpoint, origins?: (string | RegExp)[]) => void }>(actual: C): C {
  return { ...actual, expose: (obj: unknown, ep?: Endpoint, origins?: (string | RegExp)[]) => actual.expose(obj, ep ?? exposeTarget.current, origins) };
}
