import { afterEach, describe, expect, it } from 'vitest';
import { cancelledText, formatSimTime, partialNote, remainingText } from '../../../src/app/runStatus';
import { setLocale } from '../../../src/app/i18n/locale.svelte';

afterEach(() => setLocale('en'));

describe('run status words', () => {
  it('gives simulated times a fitting unit', () => {
    expect(formatSimTime(0)).toBe('0 s');
    expect(formatSimTime(3.2e-9)).toBe('3.2 ns');
    expect(formatSimTime(4.56e-4)).toBe('456 µs');
    expect(formatSimTime(0.05)).toBe('50 ms');
    expect(formatSimTime(42)).toBe('42 s');
    expect(formatSimTime(738)).toBe('12.3 min');
    expect(formatSimTime(3 * 3600)).toBe('3 h');
    expect(formatSimTime(960_000)).toBe('11.1 d');
    expect(formatSimTime(NaN)).toBe('—');
  });

  it('words the time left in s, min and h', () => {
    expect(remainingText(400)).toBe('About 1 s left');
    expect(remainingText(42_300)).toBe('About 43 s left');
    expect(remainingText(600_000)).toBe('About 10 min left');
    // no jump at the seconds/minutes boundary: 61 s is about 1 min, not 2
    expect(remainingText(61_000)).toBe('About 1 min left');
    expect(remainingText(100_000)).toBe('About 2 min left');
    expect(remainingText(3 * 3600_000)).toBe('About 3 h left');
    setLocale('ja');
    expect(remainingText(600_000)).toBe('残り約 10 分');
  });

  it('says where a run was cancelled, and whether its partial result is shown', () => {
    expect(cancelledText({ fraction: 0.041, time: 738 }, true)).toBe('Cancelled at t = 12.3 min (4.1 % of the run). The result shown is partial.');
    expect(cancelledText({ fraction: 0.5, time: null }, true)).toBe('Cancelled at 50 % of the run. The result shown is partial.');
    expect(cancelledText({ fraction: 0, time: null }, false)).toBe('Cancelled at 0 % of the run, before its first partial result.');
    setLocale('ja');
    expect(cancelledText({ fraction: 0.041, time: 738 }, true)).toBe('t = 12.3 min で中止しました（計算の 4.1 %）。表示中の結果は途中経過です。');
  });

  it('marks exported partial results in English with SI numbers', () => {
    expect(partialNote({ fraction: 0.041, time: 738 })).toEqual({ reason: 'cancelled', fraction: 0.041, time_s: 738, note: 'partial result: the run was cancelled at t = 738 s (4.1 % of the run)' });
    expect(partialNote({ fraction: 0.2, time: 2136.0000000000005 }).note).toBe('partial result: the run was cancelled at t = 2136 s (20 % of the run)');
    expect(partialNote({ fraction: 0.5, time: null }).note).toBe('partial result: the run was cancelled at 50 % of the run');
  });
});
