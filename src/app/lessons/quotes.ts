/**
 * The numbers an answer quotes, read from the step's result: each placeholder of the answer
 * template is bound to a summary value or a run parameter (SI), shown in its display unit. Pure:
 * the caller passes the number formatter (the app's `formatNumber`) and the word for text values.
 */
import type { ModelResult, ParamValues, SummaryValue } from '../../core/model';
import type { Quote } from './types';

/** A resolved quote: the SI value it came from (null when the result has none) and its text. */
export interface QuotedValue {
  si: number | string | boolean | null;
  text: string;
}

/** The raw value a quote points at, or undefined when the result or parameters lack that key. */
export function quoteSource(quote: Quote, result: ModelResult, params: ParamValues): SummaryValue | undefined {
  if ('summary' in quote.from) return Object.hasOwn(result.summary, quote.from.summary) ? result.summary[quote.from.summary] : undefined;
  return Object.hasOwn(params, quote.from.param) ? params[quote.from.param] : undefined;
}

/**
 * Resolves a quote: numbers × the unit's factor with `digits` significant digits (default 3)
 * followed by the unit symbol; strings through `word` (e.g. the regime's translation); booleans
 * and missing values as given by `word('true' | 'false' | '')`.
 */
export function resolveQuote(
  quote: Quote,
  result: ModelResult,
  params: ParamValues,
  format: (value: number, digits: number) => string,
  word: (value: string) => string,
): QuotedValue {
  const v = quoteSource(quote, result, params);
  if (typeof v === 'number' && Number.isFinite(v)) {
    const shown = format(v * (quote.unit?.factor ?? 1) + (quote.unit?.offset ?? 0), quote.digits ?? 3);
    return { si: v, text: quote.unit ? `${shown} ${quote.unit.unit}` : shown };
  }
  if (typeof v === 'string' || typeof v === 'boolean') return { si: v, text: word(String(v)) };
  return { si: null, text: word('') };
}

/** The `{name}` placeholders of a template, in order of first appearance. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))];
}

/** A template split into literal text and placeholders, in order (for rendering quotes as marked-up values). */
export function templateParts(template: string): ({ text: string } | { name: string })[] {
  const parts: ({ text: string } | { name: string })[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    if (m.index > last) parts.push({ text: template.slice(last, m.index) });
    parts.push({ name: m[1] });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

/** Where a quote comes from, as written in the page's `data-source` attribute: `summary:<key>` or `param:<key>`. */
export function sourceLabel(quote: Quote): string {
  return 'summary' in quote.from ? `summary:${quote.from.summary}` : `param:${quote.from.param}`;
}
