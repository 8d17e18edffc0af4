/**
 * Plot data of the ion-hopping view, built from the model's result series and summary and the
 * measured electrolytes: only unit conversions (m² → Å², m²/s → cm²/s, S/m → S/cm) and the
 * display forms of the Arrhenius plot (log₁₀ σT against 1000/T, lines of quoted slopes). No
 * physics is computed here; the sweep fit comes from the model's own `fitArrhenius`.
 */
import type { ModelResult } from '../../../core/model';
import type { BandMark, LineMark, LinePlotData, RuleMark } from '../../../viz/plot/types';
import type { ArrheniusFit, Electrolyte, SweepPoint } from '../../../models/ionhop';
import { arrheniusPrefactor, arrheniusSigmaT, DISPLAY_UNITS } from '../../../models/ionhop';
import { electrolyteText } from '../../i18n/sources';
import { EXTRA_COLORS, OKABE_ITO, paletteColor } from '../../../viz/colors';

/** m² → Å². */
export const M2_TO_A2 = DISPLAY_UNITS.area.factor;
/** m²/s → cm²/s. */
export const M2S_TO_CM2S = DISPLAY_UNITS.diffusivity.factor;
/** S/m → mS/cm. */
export const SM_TO_MSCM = DISPLAY_UNITS.conductivity.factor;
/** S/m → S/cm. */
const SM_TO_SCM = DISPLAY_UNITS.conductivityPerCm.factor;
/** Room temperature of the measured conductivities, K. */
export const ROOM_T = 298.15;

/** Colours of the ion types: Li⁺ and Na⁺ Okabe–Ito, Mg²⁺ and H⁺ outside the palette (EXTRA_COLORS). */
export const ION_COLORS: Record<string, string> = { Li: OKABE_ITO.blue, Na: OKABE_ITO.bluishGreen, Mg: EXTRA_COLORS.violet, H: EXTRA_COLORS.grey };
/** Colours of the tagged ions and their trails (chosen to stand out from every ion colour). */
export const TRAIL_COLORS = [OKABE_ITO.orange, OKABE_ITO.vermilion, OKABE_ITO.yellow, OKABE_ITO.reddishPurple] as const;
/** Colour of the model's own marks on the Arrhenius and occupancy plots. */
export const MODEL_COLOR = OKABE_ITO.vermilion;

type Labels = Record<string, string>;

function arr(series: ModelResult['series'], key: string): ArrayLike<number> | null {
  const s = series[key];
  return s && s.length > 0 ? s : null;
}

function scaled(a: ArrayLike<number>, k: number): Float64Array {
  return Float64Array.from(a, (v) => v * k);
}

/**
 * A log-axis domain spanning every positive value of the lines and bands of `data` and the
 * extra values (e.g. reference rules), padded by 20 %; null when nothing is positive.
 */
export function logDomain(data: LinePlotData, extra: readonly number[] = []): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  const take = (v: number) => {
    if (Number.isFinite(v) && v > 0) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  };
  for (const l of data.lines) for (let i = 0; i < l.y.length; i++) take(l.y[i]);
  for (const b of data.bands ?? []) {
    for (let i = 0; i < b.y0.length; i++) {
      take(b.y0[i]);
      take(b.y1[i]);
    }
  }
  extra.forEach(take);
  return lo <= hi ? [lo / 1.2, hi * 1.2] : null;
}

/** Lines and ±error bands of a pair of series (tracer, charge) with a common x, scaled by k. */
function pairWithBands(
  series: ModelResult['series'],
  xKey: string,
  keys: [string, string],
  k: number,
  labels: { lines: [string, string]; bands: [string, string] },
): LinePlotData {
  const x = arr(series, xKey);
  if (!x) return { lines: [] };
  const lines: LineMark[] = [];
  const bands: BandMark[] = [];
  keys.forEach((key, i) => {
    const y = arr(series, key);
    if (!y) return;
    const color = paletteColor(i);
    lines.push({ x, y: scaled(y, k), label: labels.lines[i], color });
    const err = arr(series, `${key}Err`);
    if (err) {
      bands.push({
        x,
        y0: Float64Array.from(y, (v, j) => (v - err[j]) * k),
        y1: Float64Array.from(y, (v, j) => (v + err[j]) * k),
        label: labels.bands[i],
        color,
      });
    }
  });
  return { lines, bands };
}

/**
 * MSD (Å²) against lag (s): tracer and charge with error bands, a dashed slope-1 reference
 * through the last tracer point, and a rule at one hop, a² (when the hop distance is known).
 */
export function msdPlot(series: ModelResult['series'], hop: number | null, l: Labels): LinePlotData {
  const data = pairWithBands(series, 'msd_t', ['msdTracer', 'msdCharge'], M2_TO_A2, {
    lines: [l.tracer, l.charge],
    bands: [l.tracerBand, l.chargeBand],
  });
  const t = arr(series, 'msd_t');
  const y = arr(series, 'msdTracer');
  if (t && y && t.length >= 2) {
    const last = t.length - 1;
    const k = (y[last] * M2_TO_A2) / t[last];
    data.lines.push({ x: [t[0], t[last]], y: [k * t[0], k * t[last]], label: l.slope1, color: 'currentColor', dashed: true });
  }
  const rules: RuleMark[] = [];
  if (hop && hop > 0) rules.push({ axis: 'y', value: hop * hop * M2_TO_A2, label: l.hop });
  return { ...data, rules };
}

/** Running D (cm²/s) against lag: tracer and charge with bands and the dilute-limit rule D₀. */
export function runningDPlot(result: ModelResult, l: Labels): LinePlotData {
  const data = pairWithBands(result.series, 'dLag_t', ['dLagTracer', 'dLagCharge'], M2S_TO_CM2S, {
    lines: [l.tracer, l.charge],
    bands: [l.tracerBand, l.chargeBand],
  });
  const D0 = result.summary.D0;
  const rules: RuleMark[] = typeof D0 === 'number' && D0 > 0 ? [{ axis: 'y', value: D0 * M2S_TO_CM2S, label: l.D0 }] : [];
  return { ...data, rules };
}

/** Binned occupancy against site energy with the Fermi–Dirac prediction (only with disorder). */
export function fermiDiracPlot(series: ModelResult['series'], l: Labels): LinePlotData | null {
  const E = arr(series, 'occupancyVsEnergy_E_eV');
  const sim = arr(series, 'occupancyVsEnergy');
  const fd = arr(series, 'occupancyFermiDirac');
  if (!E || !sim || !fd) return null;
  return {
    lines: [
      { x: E, y: fd, label: l.theory, color: 'currentColor' },
      { x: E, y: sim, label: l.sim, color: paletteColor(1), points: true },
    ],
  };
}

/** Short display names of the measured electrolytes (formula otherwise). */
const SHORT_NAMES: Record<string, string> = {
  'Li9.54Si1.74P1.44S11.7Cl0.3': 'LSiPSCl',
  'Li9.54[Si0.6Ge0.4]1.74P1.44S11.1Br0.3O0.6': 'LSiGePSBrO',
  'Li3.25Ge0.25P0.75S4': 'thio-LISICON',
  'Li6PS5Cl (argyrodite)': 'Li6PS5Cl',
  '63Li2S·27P2S5·10LiBr': 'Li2S–P2S5–LiBr',
  'Li3PS4 (α-LPS)': 'α-Li3PS4',
  'Li3PS4 glass (75Li2S·25P2S5)': 'Li3PS4 glass',
  'Li7La3Zr2O12 (LLZO, cubic)': 'LLZO',
  '90Li3BO3·10Li2SO4': 'Li3BO3–Li2SO4',
  'LiPON (Li2.9PO3.3N0.46)': 'LiPON',
  'Na3PS4 (cubic glass-ceramic)': 'Na3PS4',
  'Na3SbS4 (tetragonal)': 'Na3SbS4',
  'Na2.88Sb0.88W0.12S4': 'Na3SbS4:W',
  'Na3Zr2Si2PO12 (NASICON)': 'NASICON',
};

/** A short label for an electrolyte: its acronym in parentheses, a known short name, or the formula. */
export function shortName(e: Electrolyte): string {
  if (SHORT_NAMES[e.name]) return SHORT_NAMES[e.name];
  const m = /\(([^)]+)\)$/.exec(e.name);
  if (m && /^[A-Z]{3,8}$/.test(m[1])) return m[1];
  return e.name.replace(/\s*\(.*\)$/, '');
}

/** log₁₀(σT) with σ in S/cm and T in K, from σ in S/m. */
export function logSigmaT(sigma: number, T: number): number {
  return sigma > 0 ? Math.log10(sigma * SM_TO_SCM * T) : NaN;
}

/** The line log₁₀(σT) through (T0, σ0) with activation energy Ea (eV), sampled at the given T. */
function arrheniusLine(sigma0: number, T0: number, Ea: number, temps: readonly number[]): { x: number[]; y: number[] } {
  const prefactor = arrheniusPrefactor(sigma0, T0, Ea);
  return {
    x: temps.map((T) => 1000 / T),
    y: temps.map((T) => Math.log10(arrheniusSigmaT(prefactor, Ea, T) * SM_TO_SCM)),
  };
}

/** What the Arrhenius plot shows beyond the measured electrolytes. */
export interface ArrheniusInput {
  electrolytes: readonly Electrolyte[];
  /** This run: T (K) and σ (S/m). */
  model: { T: number; sigma: number } | null;
  sweep: { points: readonly SweepPoint[]; fit: ArrheniusFit | null } | null;
}

/** Lowest and highest temperature of the measured electrolytes' region of the Arrhenius plot, K. */
const EA_T_RANGE: [number, number] = [250, 400];

/**
 * The Arrhenius plot: measured σ at 25 °C as labelled points (by ion, labels on the low-T side),
 * their quoted activation energies as dashed segments from 25 °C up to 400 K on the other side,
 * so no segment crosses a point's label (one mark, broken between electrolytes; each segment
 * named again at its 400 K end), this run's point, and a
 * sweep's points with their error band and fitted line.
 */
export function arrheniusPlot(input: ArrheniusInput, l: Labels): LinePlotData {
  const lines: LineMark[] = [];
  const bands: BandMark[] = [];
  const groups: [string, string, string][] = [
    ['Li', l.li, ION_COLORS.Li],
    ['Na', l.na, ION_COLORS.Na],
    ['H', l.h, ION_COLORS.H],
  ];
  const segX: number[] = [];
  const segY: number[] = [];
  const segNames: string[] = [];
  for (const [ion, label, color] of groups) {
    const list = input.electrolytes.filter((e) => e.ion === ion && e.sigma25 !== null);
    if (list.length === 0) continue;
    lines.push({
      x: list.map(() => 1000 / ROOM_T),
      y: list.map((e) => logSigmaT(e.sigma25!, ROOM_T)),
      label,
      color,
      points: true,
      labels: list.map((e) => electrolyteText(shortName(e))),
      labelSide: 'right',
      keys: { electrolyte: list.map((e) => e.name) },
    });
    for (const e of list) {
      if (e.Ea_eV === null) continue;
      const seg = arrheniusLine(e.sigma25!, ROOM_T, e.Ea_eV, [ROOM_T, EA_T_RANGE[1]]);
      segX.push(...seg.x, NaN);
      segY.push(...seg.y, NaN);
      segNames.push(electrolyteText(shortName(e)));
    }
  }
  // each segment named at its hot end, so every dashed line is identifiable (labels toward the plot)
  if (segX.length > 0) lines.push({ x: segX, y: segY, label: l.eaLines, color: 'currentColor', dashed: true, labels: segNames, labelSide: 'right' });
  const sweep = input.sweep;
  if (sweep && sweep.points.length > 0) {
    const pts = [...sweep.points].sort((a, b) => a.T - b.T);
    const x = pts.map((p) => 1000 / p.T);
    lines.push({ x, y: pts.map((p) => logSigmaT(p.sigma, p.T)), label: l.sweep, color: MODEL_COLOR, points: true });
    if (pts.every((p) => p.sigmaErr !== null)) {
      bands.push({
        x,
        y0: pts.map((p) => logSigmaT(p.sigma - p.sigmaErr!, p.T)),
        y1: pts.map((p) => logSigmaT(p.sigma + p.sigmaErr!, p.T)),
        label: l.sweepBand,
        color: MODEL_COLOR,
      });
    }
    if (sweep.fit) {
      const f = sweep.fit;
      const temps = [pts[0].T, pts[pts.length - 1].T];
      lines.push({
        x: temps.map((T) => 1000 / T),
        y: temps.map((T) => Math.log10(arrheniusSigmaT(f.prefactor, f.Ea_eV, T) * SM_TO_SCM)),
        label: l.fit,
        color: MODEL_COLOR,
      });
    }
  }
  if (input.model && input.model.sigma > 0) {
    lines.push({ x: [1000 / input.model.T], y: [logSigmaT(input.model.sigma, input.model.T)], label: l.model, color: OKABE_ITO.orange, points: true, labels: [l.model] });
  }
  return { lines, bands };
}

/**
 * The x domain (1000/T, K⁻¹) of the Arrhenius plot: every x drawn, and at least 250 … 400 K, so
 * the labels on the low-T side of the measured points have room.
 */
export function arrheniusXDomain(data: LinePlotData): [number, number] {
  let lo = 1000 / EA_T_RANGE[1];
  let hi = 1000 / EA_T_RANGE[0];
  for (const l of data.lines) {
    for (let i = 0; i < l.x.length; i++) {
      if (Number.isFinite(l.x[i])) {
        lo = Math.min(lo, l.x[i]);
        hi = Math.max(hi, l.x[i]);
      }
    }
  }
  return [lo, hi];
}

/** σ (mS/cm) against occupancy from an occupancy sweep, with its error band. */
export function occupancyPlot(points: readonly { c: number; sigma: number; sigmaErr: number | null }[], l: Labels): LinePlotData {
  const pts = [...points].sort((a, b) => a.c - b.c);
  const x = pts.map((p) => p.c);
  const lines: LineMark[] = [{ x, y: pts.map((p) => p.sigma * SM_TO_MSCM), label: l.sigma, color: MODEL_COLOR, points: true }];
  const bands: BandMark[] = pts.every((p) => p.sigmaErr !== null)
    ? [{ x, y0: pts.map((p) => (p.sigma - p.sigmaErr!) * SM_TO_MSCM), y1: pts.map((p) => (p.sigma + p.sigmaErr!) * SM_TO_MSCM), label: l.band, color: MODEL_COLOR }]
    : [];
  return { lines, bands };
}
