/**
 * Units of every series the three models return: the SI unit the model computes in and the unit
 * the page shows (with the conversion), so that the all-series CSV uses the page's units and
 * the CLI's CSV states its SI units. A series no rule matches is written with "unknown unit"
 * (a unit test checks every series of every model has a rule).
 */

/** How one series is labelled and converted. */
export interface SeriesUnit {
  /** Unit of the model's (SI) numbers; '1' for dimensionless numbers, flags and indices. */
  si: string;
  /** Unit shown on the page. */
  display: string;
  /** Converts an SI value to the display unit. */
  toDisplay: (si: number) => number;
  /** Column name when it differs from the series name (e.g. a changed reference pressure). */
  displayName?: string;
  /** An absolute temperature the page shows in the user's temperature unit (K or °C). */
  absoluteT?: boolean;
}

const same = (u: string): SeriesUnit => ({ si: u, display: u, toDisplay: (v) => v });
const scaled = (si: string, display: string, factor: number): SeriesUnit => ({ si, display, toDisplay: (v) => v * factor });

type Rule = [RegExp, SeriesUnit];

const RULES: Record<string, readonly Rule[]> = {
  solidification: [
    [/^(melt|solid)_z$/, scaled('m', 'mm', 1e3)],
    [/^(melt|solid|diagram)_x$|^history_interfaceX$/, same('1')],
    [/^(melt_liquidusT|melt_T|diagram_liquidusT|diagram_solidusT|history_interfaceT)$/, { ...same('K'), absoluteT: true }],
    [/^melt_supercooling$/, same('K')],
    [/^dispersion_wavelength$/, scaled('m', 'µm', 1e6)],
    [/^dispersion_sigma$/, same('1/s')],
    [/^history_t$/, scaled('s', 'min', 1 / 60)],
    [/^history_V$/, scaled('m/s', 'µm/s', 1e6)],
  ],
  hydrogen: [
    [/_x$|^dome_x(Alpha|Beta)$|^fitResiduals$|^plateau_x(Des|Abs)(Start|End)$/, same('H/M')],
    [/_p$|^plateau_p(Des|Abs)$/, scaled('Pa', 'bar', 1e-5)],
    [/_extrapolated$|^data_abs$/, same('1')],
    [/_massPercent$/, same('mass%')],
    [/^familyTemperatures$|_T$/, same('K')],
    [/_invT$/, same('1/K')],
    [/_ln[PF](des|abs)?$/, same('1')],
    [/^surface_log10p$/, { si: '1', display: '1', toDisplay: (v) => v - 5, displayName: 'surface_log10(p/1 bar)' }],
  ],
  ionhop: [
    [/_t$/, same('s')],
    [/^msd(Tracer|Charge)(Err)?$/, scaled('m^2', 'Å²', 1e20)],
    [/^dLag(Tracer|Charge)(Err)?$/, scaled('m^2/s', 'cm²/s', 1e4)],
    [/_eV$/, same('eV')],
    [/^occupancy(VsEnergy|FermiDirac|VsEnergy_samples)$|^ionSites$|^blockedSites$/, same('1')],
    [/^(siteXYZ|supercell|trails)$/, scaled('m', 'Å', 1e10)],
  ],
};

const UNKNOWN: SeriesUnit = { si: 'unknown unit', display: 'unknown unit', toDisplay: (v) => v };

/** The unit rule of series `name` of model `modelId`, or null when none matches. */
export function seriesUnit(modelId: string, name: string): SeriesUnit | null {
  for (const [re, unit] of RULES[modelId] ?? []) if (re.test(name)) return unit;
  return null;
}

/** The unit rule of a series, falling back to "unknown unit" (never converted). */
export function seriesUnitOrUnknown(modelId: string, name: string): SeriesUnit {
  return seriesUnit(modelId, name) ?? UNKNOWN;
}
