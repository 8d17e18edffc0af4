/**
 * Shorthand for writing lesson steps: a model's quotable values are listed once, and each step
 * names the ones its answer uses. Pure data helpers.
 */
import type { Claim, LessonStep, Quote } from './types';

/** The quotes `names` taken from a model's list `all`. */
export function pick<K extends string>(all: Record<K, Quote>, names: readonly K[]): Record<string, Quote> {
  return Object.fromEntries(names.map((n) => [n, all[n]]));
}

/** A step: its link query, the cards to look at, the number of choices, the quotes its answer uses (from `all`) and its claims. */
export function step<K extends string>(all: Record<K, Quote>, query: Record<string, string>, cards: string[], choices: number, names: readonly K[], claims: Claim[]): LessonStep {
  return { query, cards, choices, quotes: pick(all, names), claims };
}
