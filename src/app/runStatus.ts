/**
 * Words for the state of a run: the simulated time reached (with a fitting unit), the time left,
 * the status of a cancelled run in the current language, and the English note that marks an
 * exported partial result.
 */
import type { CancelPoint } from './session.svelte';
import { roundSignificant } from '../core/format';
import { formatNumber, t } from './i18n/locale.svelte';

const SUBSECOND: [number, string][] = [
  [1e-3, 'ms'],
  [1e-6, 'µs'],
  [1e-9, 'ns'],
  [1e-12, 'ps'],
  [1e-15, 'fs'],
];

/** A simulated time given in s, with 3 significant digits in fs … ms, s, min, h or d. */
export function formatSimTime(seconds: number): string {
  const abs = Math.abs(seconds);
  if (!Number.isFinite(seconds)) return '—';
  if (abs === 0) return '0 s';
  if (abs < 1) {
    const [scale, unit] = SUBSECOND.find(([f]) => abs >= f) ?? SUBSECOND[SUBSECOND.length - 1];
    return `${formatNumber(seconds / scale, 3)} ${unit}`;
  }
  if (abs < 120) return `${formatNumber(seconds, 3)} s`;
  if (abs < 7200) return `${formatNumber(seconds / 60, 3)} min`;
  if (abs < 172_800) return `${formatNumber(seconds / 3600, 3)} h`;
  return `${formatNumber(seconds / 86_400, 3)} d`;
}

/** A fraction in [0, 1] as a percentage with 3 significant digits (no sign). */
export function formatPercent(fraction: number): string {
  return formatNumber(fraction * 100, 3);
}

/** "About … left" for a wall-clock time in ms: whole seconds (rounded up) below a minute, then the nearest minute, then hours. */
export function remainingText(ms: number): string {
  const s = ms / 1000;
  if (s < 60) return t('run.remaining', { seconds: formatNumber(Math.max(1, Math.ceil(s)), 2) });
  if (s < 5400) return t('run.remainingMin', { minutes: formatNumber(Math.round(s / 60), 2) });
  return t('run.remainingHours', { hours: formatNumber(s / 3600, 2) });
}

/** Status line of a cancelled run; `kept` says whether its partial result is the one shown. */
export function cancelledText(at: CancelPoint, kept: boolean): string {
  const percent = formatPercent(at.fraction);
  if (!kept) return t('run.cancelledEarly', { percent });
  if (at.time !== null) return t('run.cancelledAtTime', { time: formatSimTime(at.time), percent });
  return t('run.cancelledAt', { percent });
}

/** Marks an exported partial result (English, like the CLI's output): why, how far, and a sentence saying so. */
export function partialNote(at: CancelPoint): { reason: 'cancelled'; fraction: number; time_s: number | null; note: string } {
  const where = at.time !== null ? `t = ${roundSignificant(at.time, 4)} s (${roundSignificant(at.fraction * 100, 3)} % of the run)` : `${roundSignificant(at.fraction * 100, 3)} % of the run`;
  return { reason: 'cancelled', fraction: at.fraction, time_s: at.time, note: `partial result: the run was cancelled at ${where}` };
}
