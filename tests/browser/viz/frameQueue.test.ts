/** The redraw queue: one job per animation frame, in order, the newest job of a key replacing a waiting one. */
import { describe, expect, it } from 'vitest';
import { cancelFrameJob, queueFrameJob } from '../../../src/viz/plot/frameQueue';

const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(r));

describe('frame queue', () => {
  it('runs one job per frame in order, newest job per key, cancelled ones never', async () => {
    const ran: [string, number][] = [];
    let frames = 0;
    let counting = true;
    const count = () => {
      frames++;
      if (counting) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    const [a, b, c, d] = [{}, {}, {}, {}];
    queueFrameJob(a, () => ran.push(['a', frames]));
    queueFrameJob(b, () => ran.push(['b1', frames]));
    queueFrameJob(c, () => ran.push(['c', frames]));
    queueFrameJob(d, () => ran.push(['d', frames]));
    queueFrameJob(b, () => ran.push(['b2', frames]));
    cancelFrameJob(d);
    for (let i = 0; i < 6; i++) await nextFrame();
    counting = false;
    expect(ran.map(([name]) => name)).toEqual(['a', 'b2', 'c']);
    const at = ran.map(([, f]) => f);
    expect(at[1] - at[0]).toBe(1);
    expect(at[2] - at[1]).toBe(1);
  });
});
