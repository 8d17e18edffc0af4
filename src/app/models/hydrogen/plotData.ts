/**
 * Arranges the hydrogen model's result series into what the view draws: the isotherm plot
 * (main loop, neighbouring temperatures, extrapolated parts, two-phase band, data points), the
 * van 't Hoff plot, the residual plot and the 3D surface data. Unit changes only (Pa → bar,
 * 1/T → 1000/T, p → log₁₀ p); no physics. Labels come from the caller's translate function.
 */
import { summaryNumber as num, type ModelResult, type SummaryValue } from '../../../core/model';
import { DISPLAY_UNITS } from '../../../models/hydrogen';
import { OKABE_ITO } from '../../../viz/colors';
import type { BandMark, LineMark, LinePlotData, RuleMark } from '../../../viz/plot/types';
import type { PctPath, PctSurfaceData } from '../../../viz/scene/pctSurface';

type Series = ModelResult['series'];
type Translate = (key: string, vars?: Record<string, string | number>) => string;

/**
 * Colours: desorption blue, absorption vermilion (Okabe–Ito), the neighbouring temperatures in
 * translucent versions. CSS variables set by the view adapt them to the dark theme; the
 * fallbacks are used when a plot is exported as a standalone SVG/PNG.
 */
export const colors = {
  des: `var(--h2-des, ${OKABE_ITO.blue})`,
  abs: `var(--h2-abs, ${OKABE_ITO.vermilion})`,
  desLight: `var(--h2-des-family, ${OKABE_ITO.skyBlue}aa)`,
  absLight: `var(--h2-abs-family, ${OKABE_ITO.skyBlue}aa)`,
  data: `var(--h2-data, ${OKABE_ITO.bluishGreen})`,
  band: OKABE_ITO.reddishPurple,
} as const;

/** Dotted stroke of absorption curves (desorption is solid; extrapolated parts are dashed). */
export const ABS_DASH = '1.5 3.5';
/** Stroke of the desorption van 't Hoff lines of the second and higher plateaus. */
const HIGHER_PLATEAU_DASH = '7 3';
const BAR_PER_PA = DISPLAY_UNITS.pressure.factor;

/** The partial result merged over the last complete one, so a streaming run redraws smoothly. */
export function mergeShown(result: ModelResult | null, partial: ModelResult | null): ModelResult | null {
  if (!partial) return result;
  if (!result) return partial;
  const series: Series = { ...result.series };
  if (!('familyTemperatures' in partial.series)) {
    // the old family belongs to the old temperature: leave it out until the new one streams in
    for (const k of Object.keys(series)) if (k.startsWith('family')) delete series[k];
  } else {
    for (const k of Object.keys(series)) if (k.startsWith('family') && !(k in partial.series)) delete series[k];
  }
  Object.assign(series, partial.series);
  const summary: Record<string, SummaryValue> = { ...result.summary, ...partial.summary };
  return { summary, series };
}

/**
 * The temperature (K) of a result, recovered from its neighbouring-temperature family
 * (T ± 20 K, T ± 40 K, clipped to 100–1200 K), or `fallback` when there is no family.
 */
export function temperatureOf(series: Series, fallback: number | null): number | null {
  const f = series.familyTemperatures;
  if (!f || f.length < 2) return fallback;
  for (let i = 1; i < f.length; i++) if (Math.abs(f[i] - f[i - 1] - 40) < 1e-6) return (f[i] + f[i - 1]) / 2;
  return f[0] < 650 ? f[0] - 20 : f[f.length - 1] + 20;
}

/** Splits a curve into the part inside the gas model's validity and the extrapolated part (NaN breaks). */
export function splitExtrapolated(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  flags: ArrayLike<number> | undefined,
): { valid: { x: Float64Array; y: Float64Array }; extrapolated: { x: Float64Array; y: Float64Array } | null } {
  const n = Math.min(x.length, y.length);
  const vx = new Float64Array(n).fill(NaN);
  const vy = new Float64Array(n).fill(NaN);
  const ex = new Float64Array(n).fill(NaN);
  const ey = new Float64Array(n).fill(NaN);
  let any = false;
  for (let i = 0; i < n; i++) {
    const e = flags ? flags[i] > 0 : false;
    const prevE = i > 0 && flags ? flags[i - 1] > 0 : e;
    const nextE = i < n - 1 && flags ? flags[i + 1] > 0 : e;
    if (e) {
      any = true;
      ex[i] = x[i];
      ey[i] = y[i];
      if (!prevE && i > 0) {
        // join to the last valid point so the dashed part continues the solid one
        ex[i - 1] = x[i - 1];
        ey[i - 1] = y[i - 1];
      }
    } else {
      vx[i] = x[i];
      vy[i] = y[i];
      if (nextE) {
        ex[i] = x[i];
        ey[i] = y[i];
      }
    }
  }
  return { valid: { x: vx, y: vy }, extrapolated: any ? { x: ex, y: ey } : null };
}

function toBar(p: ArrayLike<number>): Float64Array {
  return Float64Array.from({ length: p.length }, (_, i) => p[i] * BAR_PER_PA);
}

/**
 * Concatenates curves into one mark's arrays, separated by NaN (one legend entry for many curves);
 * each curve's temperature and branch become the CSV key columns `T [K]` and `branch`.
 */
function concat(curves: { x: ArrayLike<number>; y: ArrayLike<number>; T: number }[], branch: 'des' | 'abs'): Pick<LineMark, 'x' | 'y' | 'keys'> {
  const n = curves.reduce((s, c) => s + Math.min(c.x.length, c.y.length) + 1, 0);
  const x = new Float64Array(n).fill(NaN);
  const y = new Float64Array(n).fill(NaN);
  const T = new Float64Array(n).fill(NaN);
  let k = 0;
  for (const c of curves) {
    const m = Math.min(c.x.length, c.y.length);
    for (let i = 0; i < m; i++, k++) {
      x[k] = c.x[i];
      y[k] = c.y[i];
      T[k] = c.T;
    }
    k++;
  }
  return { x, y, keys: { 'T [K]': T, branch: new Array<string>(n).fill(branch) } };
}

/** The CSV key columns `T [K]` and `branch` of one isotherm branch of `n` points. */
function branchKeys(n: number, T: number | null, branch: 'des' | 'abs'): Pick<LineMark, 'keys'> {
  return { keys: { 'T [K]': new Array<number>(n).fill(T ?? NaN), branch: new Array<string>(n).fill(branch) } };
}

function fmtT(T: number): string {
  return String(Math.round(T * 10) / 10);
}

/** Names of the phases bounding the plateaus in order (plateau k lies between PHASES[k] and PHASES[k+1]). */
const PHASES = ['α', 'β', 'γ', 'δ', 'ε'];

/** Desorption H/M ranges of the plateaus: from the per-plateau series, else from the first plateau's summary. */
export function plateauRanges(shown: ModelResult): [number, number][] {
  const s = shown.series;
  if (s.plateau_xDesStart && s.plateau_xDesEnd) return Array.from(s.plateau_xDesStart, (x0, k): [number, number] => [x0, s.plateau_xDesEnd[k]]);
  const x0 = num(shown.summary.plateauStart);
  const x1 = num(shown.summary.plateauEnd);
  return x0 !== null && x1 !== null ? [[x0, x1]] : [];
}

/** The isotherm plot: pressure (bar, log) against H/M. */
export function isothermPlot(shown: ModelResult, T: number | null, t: Translate): { data: LinePlotData; xMax: number; yDomain: [number, number] | undefined; hasExtrapolated: boolean } {
  const s = shown.series;
  const lines: LineMark[] = [];
  const fam = s.familyTemperatures ? Array.from(s.familyTemperatures) : [];
  const famDes: { x: ArrayLike<number>; y: ArrayLike<number>; T: number }[] = [];
  const famAbs: { x: ArrayLike<number>; y: ArrayLike<number>; T: number }[] = [];
  fam.forEach((famT, k) => {
    const dx = s[`family${k}_des_x`];
    const dp = s[`family${k}_des_p`];
    const ax = s[`family${k}_abs_x`];
    const ap = s[`family${k}_abs_p`];
    if (dx && dp) famDes.push({ x: dx, y: toBar(dp), T: famT });
    if (ax && ap) famAbs.push({ x: ax, y: toBar(ap), T: famT });
  });
  const list = fam
    .filter((_, k) => `family${k}_des_x` in s)
    .map(fmtT)
    .join(', ');
  if (famDes.length > 0) {
    lines.push({ ...concat(famDes, 'des'), label: `${t('plot.hydrogen.family', { list })} · ${t('value.hydrogen.des')}`, color: colors.desLight });
    lines.push({ ...concat(famAbs, 'abs'), label: `${t('plot.hydrogen.family', { list })} · ${t('value.hydrogen.abs')}`, color: colors.absLight, dash: ABS_DASH });
  }
  const Tl = T === null ? '?' : fmtT(T);
  let hasExtrapolated = false;
  let xMax = 0;
  // absorption first, so desorption (the branch the summary reads) is on top where they coincide
  for (const dir of ['abs', 'des'] as const) {
    const x = s[`isotherm_${dir}_x`];
    const p = s[`isotherm_${dir}_p`];
    if (!x || !p) continue;
    for (let i = 0; i < x.length; i++) if (Number.isFinite(x[i])) xMax = Math.max(xMax, x[i]);
    const parts = splitExtrapolated(x, toBar(p), s[`isotherm_${dir}_extrapolated`]);
    const color = dir === 'des' ? colors.des : colors.abs;
    lines.push({ ...parts.valid, ...branchKeys(parts.valid.x.length, T, dir), label: t(`plot.hydrogen.${dir}`, { T: Tl }), color, dash: dir === 'abs' ? ABS_DASH : undefined });
    if (parts.extrapolated) {
      hasExtrapolated = true;
      lines.push({ ...parts.extrapolated, ...branchKeys(parts.extrapolated.x.length, T, dir), label: t(`plot.hydrogen.${dir}Extrapolated`), color, dashed: true });
    }
  }
  for (const c of famDes) for (let i = 0; i < c.x.length; i++) if (Number.isFinite(c.x[i])) xMax = Math.max(xMax, c.x[i]);
  if (s.data_x && s.data_p) {
    const keys = s.data_T && s.data_abs ? { 'T [K]': s.data_T, branch: Array.from(s.data_abs, (a) => (a ? 'abs' : 'des')) } : undefined;
    lines.push({ x: s.data_x, y: toBar(s.data_p), keys, label: t('plot.hydrogen.data'), color: colors.data, points: true });
    for (let i = 0; i < s.data_x.length; i++) if (Number.isFinite(s.data_x[i])) xMax = Math.max(xMax, s.data_x[i]);
  }
  const bands: BandMark[] = [];
  const rules: RuleMark[] = [];
  const p = s.isotherm_des_p;
  // the log axis is extended to whole decades, and so is the band (it spans the full height)
  let yDomain: [number, number] | undefined;
  if (p && p.length > 1) {
    yDomain = [10 ** Math.floor(Math.log10(p[0] * BAR_PER_PA) + 1e-9), 10 ** Math.ceil(Math.log10(p[p.length - 1] * BAR_PER_PA) - 1e-9)];
  }
  const ranges = plateauRanges(shown);
  if (yDomain) {
    const [lo, hi] = yDomain;
    ranges.forEach(([x0, x1], k) => {
      const [a, b] = [PHASES[k] ?? '?', PHASES[k + 1] ?? '?'];
      const label = ranges.length === 1 ? t('plot.hydrogen.twoPhase') : t('plot.hydrogen.twoPhaseK', { a, b, k: k + 1 });
      bands.push({ x: [x0, x1], y0: [lo, lo], y1: [hi, hi], label, color: colors.band });
      if (k === 0) rules.push({ axis: 'x', value: x0, label: a, color: colors.band });
      rules.push({ axis: 'x', value: x1, label: b, color: colors.band });
    });
  }
  return { data: { lines, bands, rules }, xMax: xMax > 0 ? xMax * 1.02 : 1, yDomain, hasExtrapolated };
}

/** The van 't Hoff plot: ln(p/1 bar) (or ln(f/1 bar) when data were fitted) against 1000/T. */
export function vantHoffPlot(shown: ModelResult, T: number | null, t: Translate): { data: LinePlotData; fugacity: boolean } {
  const s = shown.series;
  const fugacity = !!s.vantHoffData_invT && s.vantHoffData_invT.length > 0;
  const inv = s.vantHoff_invT;
  const lines: LineMark[] = [];
  if (inv) {
    const k1000 = Float64Array.from(inv, (v) => 1000 * v);
    const des = fugacity ? s.vantHoff_lnFdes : s.vantHoff_lnPdes;
    const abs = fugacity ? s.vantHoff_lnFabs : s.vantHoff_lnPabs;
    if (des) lines.push({ x: k1000, y: des, label: t('plot.hydrogen.vhDes'), color: colors.des });
    if (abs) lines.push({ x: k1000, y: abs, label: t('plot.hydrogen.vhAbs'), color: colors.abs, dash: ABS_DASH });
  }
  for (let k = 2; s[`vantHoff_p${k}_invT`]; k++) {
    const x = Float64Array.from(s[`vantHoff_p${k}_invT`], (v) => 1000 * v);
    const [des, abs] = fugacity ? [s[`vantHoff_p${k}_lnFdes`], s[`vantHoff_p${k}_lnFabs`]] : [s[`vantHoff_p${k}_lnPdes`], s[`vantHoff_p${k}_lnPabs`]];
    if (des) lines.push({ x, y: des, label: t('plot.hydrogen.vhDesK', { k }), color: colors.des, dash: HIGHER_PLATEAU_DASH });
    if (abs) lines.push({ x, y: abs, label: t('plot.hydrogen.vhAbsK', { k }), color: colors.abs, dash: ABS_DASH });
  }
  if (fugacity && s.vantHoffData_lnF) {
    const dx = Float64Array.from(s.vantHoffData_invT, (v) => 1000 * v);
    lines.push({ x: dx, y: s.vantHoffData_lnF, label: t('plot.hydrogen.vhData'), color: colors.data, points: true });
    if (s.vantHoffFit_lnF) {
      // the fitted line is straight in 1/T: draw it through its end points in order
      const order = Array.from(dx.keys()).sort((a, b) => dx[a] - dx[b]);
      lines.push({
        x: order.map((i) => dx[i]),
        y: order.map((i) => s.vantHoffFit_lnF[i]),
        label: t('plot.hydrogen.vhFit'),
        color: colors.data,
        dashed: true,
      });
    }
  }
  const rules: RuleMark[] = T === null ? [] : [{ axis: 'x', value: 1000 / T, label: t('plot.hydrogen.currentT', { T: fmtT(T) }) }];
  return { data: { lines, rules }, fugacity };
}

/** Residuals of the isotherm fit (data − model, H/M) against composition, or null without a fit. */
export function residualPlot(shown: ModelResult, t: Translate): LinePlotData | null {
  const s = shown.series;
  if (!s.fitResiduals || !s.data_x) return null;
  return {
    lines: [{ x: s.data_x, y: s.fitResiduals, label: t('plot.hydrogen.residualPoints'), color: colors.data, points: true }],
    rules: [{ axis: 'y', value: 0, label: '0' }],
  };
}

/** The 3D surface data: surface grid, dome (α side up, β side back down) and the isotherm at T. */
export function surfaceData(shown: ModelResult, T: number | null, axisNames: PctSurfaceData['axisNames']): PctSurfaceData | null {
  const s = shown.series;
  if (!s.surface_x || !s.surface_T || !s.surface_log10p) return null;
  let dome: PctPath | null = null;
  if (s.dome_T && s.dome_T.length > 0 && s.dome_xAlpha && s.dome_xBeta && s.dome_p) {
    const n = s.dome_T.length;
    const x: number[] = [];
    const lp: number[] = [];
    const Ts: number[] = [];
    for (let i = 0; i < n; i++) {
      x.push(s.dome_xAlpha[i]);
      lp.push(Math.log10(s.dome_p[i]));
      Ts.push(s.dome_T[i]);
    }
    for (let i = n - 1; i >= 0; i--) {
      x.push(s.dome_xBeta[i]);
      lp.push(Math.log10(s.dome_p[i]));
      Ts.push(s.dome_T[i]);
    }
    dome = { x, log10p: lp, T: Ts };
  }
  let isotherm: PctPath | null = null;
  if (T !== null && s.isotherm_des_x && s.isotherm_des_p) {
    const x = s.isotherm_des_x;
    isotherm = { x, log10p: Float64Array.from(s.isotherm_des_p, (p) => Math.log10(p)), T: new Float64Array(x.length).fill(T) };
  }
  return { x: s.surface_x, T: s.surface_T, log10p: s.surface_log10p, dome, isotherm, axisNames };
}
