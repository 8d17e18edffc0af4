/**
 * Guided lessons as data: a lesson is a short predict–observe–explain sequence on one model page.
 * Every text (title, prompts, questions, choices, answers) lives in the i18n catalogs under
 * `lesson.<id>.…`; the data here says which parameters each step applies, which cards to look at,
 * and which numbers of the step's result its answer quotes. Pure: no Svelte, no DOM.
 */
import type { DisplayUnit } from '../../core/params';
import type { SummaryValue } from '../../core/model';
import type { ModelId } from '../../models/registry';

/** How demanding a lesson is. */
export type LessonLevel = 'intro' | 'intermediate' | 'advanced';

/** Where a quoted number comes from: a summary value of the step's result, or a parameter of its run (SI). */
export type QuoteSource = { summary: string } | { param: string };

/**
 * A number (or word) an answer quotes, bound to a `{placeholder}` of the answer template. Numbers
 * are shown in `unit` (a display unit from the model's outputUnits.ts; SI when absent) with
 * `digits` significant digits; text values (a regime) through the model's value catalog.
 */
export interface Quote {
  from: QuoteSource;
  unit?: DisplayUnit;
  /** Significant digits (default 3). */
  digits?: number;
}

/** A claim the lesson text makes about a step's result, checked by the unit tests against the model. */
export interface Claim {
  summary: string;
  /** `eq`: equal to `value`; `lt`/`gt`: a number below/above `value`; `near`: within `tol` (relative) of `value`. */
  op: 'eq' | 'lt' | 'gt' | 'near';
  value: SummaryValue;
  tol?: number;
}

/** One step: parameters to apply, cards to look at, a prediction to make, an answer quoting the result. */
export interface LessonStep {
  /**
   * The step's parameters as a link query (`preset`, then parameter values in the parameter
   * spec's units, e.g. `{ preset: 'sige-eimr-7.7', mode: 'steady', R: '1 K/min' }`), applied over
   * the defaults and validated exactly as a link is.
   */
  query: Record<string, string>;
  /** `data-card` ids of the cards to highlight; the first is scrolled into view. */
  cards: string[];
  /** Number of prediction choices (catalog keys `lesson.<id>.<step>.choice.<i>`, i from 1). */
  choices: number;
  /** Values the answer template quotes, by placeholder name. */
  quotes: Record<string, Quote>;
  /** What the step's text says about the result (verified by tests). */
  claims: Claim[];
  /** Column axis of the stability map (solidification) the step computes once its result is shown, as "Compute map" would; absent: the map is left as it is. */
  map?: 'V' | 'R';
  /** A card the step starts playing when it opens (its `data-card` id) and the card's preset to play. */
  play?: { card: string; preset: string };
}

/** A guided lesson on one model page. */
export interface Lesson {
  /** Stable id used in links (`#/<model>?lesson=<id>&step=<n>`). */
  id: string;
  model: ModelId;
  level: LessonLevel;
  /** Time to work through it in class, minutes. */
  minutes: number;
  /** 4–8 steps. */
  steps: LessonStep[];
}
