/**
 * Plain data types for the plot builders: what to draw, with no hidden state.
 */

/** A polyline. Non-finite points break the line instead of being drawn. */
export interface LineMark {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  label: string;
  color?: string;
  dashed?: boolean;
  /** Custom SVG stroke-dasharray (e.g. '1.5 3' for dotted); overrides `dashed`. */
  dash?: string;
  /** Draw points instead of a line. */
  points?: boolean;
  /**
   * Text beside each point of a point mark; on a line mark, beside the end (last finite point) of
   * each of its pieces, the pieces being separated by non-finite points. Labels near the same x
   * are moved apart vertically, with a leader line.
   */
  labels?: ArrayLike<string>;
  /** Side of the points their labels go (default: the side facing the centre of the plot). */
  labelSide?: 'left' | 'right';
  /**
   * Key columns of the CSV export, one value per point (e.g. `{ 'T [K]': …, branch: … }` for a
   * family of isotherms drawn as one mark); not drawn.
   */
  keys?: Record<string, ArrayLike<number | string>>;
}

/** A filled band between two curves over the same x (e.g. a supercooled zone or an error band). */
export interface BandMark {
  x: ArrayLike<number>;
  y0: ArrayLike<number>;
  y1: ArrayLike<number>;
  label: string;
  color?: string;
}

/** A vertical or horizontal reference rule. */
export interface RuleMark {
  axis: 'x' | 'y';
  value: number;
  label: string;
  color?: string;
}

/** Options of {@link renderLinePlot}. */
export interface LinePlotOptions {
  /** Accessible title (also shown above the plot). */
  title: string;
  /** Sentence templates of the generated text description (default: English). */
  describe?: DescribeWords;
  /** BCP 47 locale of the numbers in the description and the hover read-out (default "en-US"). */
  locale?: string;
  /** Axis labels, including units. */
  xLabel: string;
  yLabel: string;
  xLog?: boolean;
  yLog?: boolean;
  /** Outer size in CSS pixels. */
  width: number;
  height: number;
  /** Fixed domains; default: extent of the data. */
  xDomain?: [number, number];
  yDomain?: [number, number];
  /** Formats tick values (default d3 format). */
  tickFormat?: (value: number) => string;
  /**
   * Where lines and bands are drawn: SVG paths, a canvas inside the SVG, or (default 'auto') a
   * canvas only for plots with thousands of points, whose SVG paths would be slow to redraw.
   */
  marks?: 'svg' | 'canvas' | 'auto';
}

/** Everything a line plot shows. */
export interface LinePlotData {
  lines: LineMark[];
  bands?: BandMark[];
  rules?: RuleMark[];
}

/** Sentence templates of a plot description, with `{name}` placeholders (the caller translates them). */
export interface DescribeWords {
  /** `{title}`, `{y}`, `{x}`. */
  against: string;
  /** `{label}`, `{n}`, `{x0}`, `{x1}`, `{y0}`, `{y1}`. */
  series: string;
  /** `{label}`. */
  empty: string;
  /** `{label}`. */
  shaded: string;
  /** `{label}`, `{value}`. */
  marked: string;
}
