/**
 * Plain-data description of the model's series for the views: which arrays pair as x/y, their
 * labels and SI units, and in which mode they exist.
 */

/** One plottable x/y pair. */
export interface SeriesPair {
  id: string;
  x: string;
  y: string;
  xLabel: string;
  yLabel: string;
  /** SI units (mathjs strings; '' = mole fraction or dimensionless). */
  xUnit: string;
  yUnit: string;
  modes: readonly ('steady' | 'transient')[];
}

const both = ['steady', 'transient'] as const;

/** The series pairs the solidification model returns. */
export const seriesInfo: readonly SeriesPair[] = [
  { id: 'meltProfile', x: 'melt_z', y: 'melt_x', xLabel: 'distance ahead of the interface', yLabel: 'melt composition x', xUnit: 'm', yUnit: '', modes: both },
  { id: 'liquidusAhead', x: 'melt_z', y: 'melt_liquidusT', xLabel: 'distance ahead of the interface', yLabel: 'liquidus temperature T_L(x(z))', xUnit: 'm', yUnit: 'K', modes: both },
  { id: 'actualAhead', x: 'melt_z', y: 'melt_T', xLabel: 'distance ahead of the interface', yLabel: 'actual temperature T_i + G z', xUnit: 'm', yUnit: 'K', modes: both },
  { id: 'supercooling', x: 'melt_z', y: 'melt_supercooling', xLabel: 'distance ahead of the interface', yLabel: 'constitutional supercooling ΔT_cs', xUnit: 'm', yUnit: 'K', modes: both },
  { id: 'dispersion', x: 'dispersion_wavelength', y: 'dispersion_sigma', xLabel: 'perturbation wavelength λ', yLabel: 'growth rate σ', xUnit: 'm', yUnit: '1/s', modes: both },
  { id: 'liquidus', x: 'diagram_x', y: 'diagram_liquidusT', xLabel: 'Ge mole fraction', yLabel: 'liquidus', xUnit: '', yUnit: 'K', modes: both },
  { id: 'solidus', x: 'diagram_x', y: 'diagram_solidusT', xLabel: 'Ge mole fraction', yLabel: 'solidus', xUnit: '', yUnit: 'K', modes: both },
  { id: 'solidProfile', x: 'solid_z', y: 'solid_x', xLabel: 'position in the ingot', yLabel: 'solid composition x_S', xUnit: 'm', yUnit: '', modes: ['transient'] },
  { id: 'velocity', x: 'history_t', y: 'history_V', xLabel: 'time', yLabel: 'growth velocity V', xUnit: 's', yUnit: 'm/s', modes: ['transient'] },
  { id: 'interfaceT', x: 'history_t', y: 'history_interfaceT', xLabel: 'time', yLabel: 'interface temperature', xUnit: 's', yUnit: 'K', modes: ['transient'] },
  { id: 'interfaceX', x: 'history_t', y: 'history_interfaceX', xLabel: 'time', yLabel: 'interface liquid composition x_L*', xUnit: 's', yUnit: '', modes: ['transient'] },
];
