/**
 * The page-to-renderer channel of the 3D views: one call in flight, newer requests replace
 * waiting ones, unchanged data fields are not sent again, and a new starting view reaches the
 * camera controls once.
 */
import { describe, expect, it } from 'vitest';
import { sceneChannel, type SceneRemote } from '../../../src/viz/scene/sceneChannel';
import type { CameraView } from '../../../src/viz/scene/orbitScene';
import type { SceneHome } from '../../../src/viz/scene/sceneEndpoint';

const view = (x: number): CameraView => ({ position: [x, 0, 0], target: [0, 0, 0] });

/** A renderer whose calls complete only when the test says so; records every call. */
function fakeRemote() {
  const calls: [string, unknown][] = [];
  const waiting: (() => void)[] = [];
  let home: SceneHome = { view: view(1), version: 0 };
  const later = <T>(name: string, arg: unknown, value: () => T) =>
    new Promise<T>((resolve) => {
      calls.push([name, arg]);
      waiting.push(() => resolve(value()));
    });
  const remote: SceneRemote = {
    update: (changes) => later('update', changes, () => home),
    resize: (w, h, r) => later('resize', [w, h, r], () => home),
    setView: (v) => later('setView', v, () => undefined),
  };
  return {
    remote,
    calls,
    setHome: (h: SceneHome) => (home = h),
    /** Completes the oldest call in flight and lets the channel react. */
    async finish() {
      waiting.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

describe('sceneChannel', () => {
  it('keeps one call in flight and sends only the newest waiting data, field by field', async () => {
    const f = fakeRemote();
    const ch = sceneChannel(f.remote, () => undefined, (e) => { throw e; }, 0);
    const geometry = { sites: [1, 2, 3] };
    const ions = [[1], [2], [3]];
    ch.update({ geometry, ions: ions[0], color: 'red' });
    ch.update({ geometry, ions: ions[1], color: 'red' });
    ch.update({ geometry, ions: ions[2], color: 'blue' });
    expect(f.calls).toEqual([['update', { geometry, ions: [1], color: 'red' }]]);
    await f.finish();
    // the two later updates arrive as one, without the unchanged geometry
    expect(f.calls[1]).toEqual(['update', { ions: [3], color: 'blue' }]);
    expect((f.calls[1][1] as { ions: number[] }).ions).toBe(ions[2]);
    await f.finish();
    // the same objects again: nothing to send; an equal but new array is sent
    ch.update({ geometry, ions: ions[2], color: 'blue' });
    expect(f.calls).toHaveLength(2);
    ch.update({ geometry, ions: [3], color: 'blue' });
    expect(f.calls[2]).toEqual(['update', { ions: [3] }]);
    await f.finish();
    await ch.idle();
  });

  it('sends the newest size and camera pose before waiting data, and ignores empty sizes', async () => {
    const f = fakeRemote();
    const ch = sceneChannel(f.remote, () => undefined, (e) => { throw e; }, 0);
    ch.update({ a: 1 });
    ch.resize(0, 100, 1);
    ch.update({ a: 2 });
    ch.setView(view(2));
    ch.setView(view(3));
    ch.resize(300, 200, 2);
    ch.resize(320, 200, 2);
    await f.finish();
    await f.finish();
    await f.finish();
    await f.finish();
    expect(f.calls).toEqual([
      ['update', { a: 1 }],
      ['resize', [320, 200, 2]],
      ['setView', view(3)],
      ['update', { a: 2 }],
    ]);
    await ch.idle();
  });

  it('passes a new starting view on once, and nothing after close', async () => {
    const f = fakeRemote();
    const homes: CameraView[] = [];
    const ch = sceneChannel(f.remote, (v) => homes.push(v), (e) => { throw e; }, 0);
    ch.update({ a: 1 });
    await f.finish();
    expect(homes).toEqual([]);
    f.setHome({ view: view(5), version: 1 });
    ch.update({ a: 2 });
    await f.finish();
    ch.update({ a: 3 });
    await f.finish();
    expect(homes).toEqual([view(5)]);
    ch.close();
    ch.update({ a: 4 });
    expect(f.calls).toHaveLength(3);
  });

  it('reports a failed call and goes on with the next request', async () => {
    const errors: unknown[] = [];
    let fail = true;
    const sent: unknown[] = [];
    const remote: SceneRemote = {
      update: async (changes) => {
        sent.push(changes);
        if (fail) throw new Error('lost context');
        return { view: view(1), version: 0 };
      },
      resize: async () => ({ view: view(1), version: 0 }),
      setView: async () => undefined,
    };
    const ch = sceneChannel(remote, () => undefined, (e) => errors.push(e), 0);
    ch.update({ a: 1 });
    await ch.idle();
    expect(errors).toHaveLength(1);
    fail = false;
    ch.update({ a: 2 });
    await ch.idle();
    expect(sent).toEqual([{ a: 1 }, { a: 2 }]);
    expect(errors).toHaveLength(1);
  });
});
