/**
 * A step's answer in the current language, ready to render: the catalog template split into text
 * and quoted values, each value read from the step's result (or run parameters) and formatted by
 * the app's number formatter in its display unit; text values (a regime) are translated.
 */
import type { ModelResult, ParamValues } from '../../core/model';
import { formatNumber, t, tOr } from '../i18n/locale.svelte';
import { resolveQuote, sourceLabel, templateParts } from './quotes';
import type { Quote } from './types';

/** A piece of an answer: literal text, or a quoted value with its placeholder, source (`summary:<key>`/`param:<key>`) and SI value ('' if none). */
export type AnswerPart = { text: string } | { name: string; source: string; si: string; text: string };

/** The answer of catalog key `key` for `modelId`, its placeholders filled from `result` and `params`. */
export function answerParts(modelId: string, key: string, quotes: Record<string, Quote>, result: ModelResult, params: ParamValues): AnswerPart[] {
  const word = (v: string) => (v === '' ? t('lessons.none') : v === 'true' ? t('lessons.yes') : v === 'false' ? t('lessons.no') : tOr(`value.${modelId}.${v}`, v));
  return templateParts(t(key)).map((part) => {
    if ('text' in part) return part;
    const q = quotes[part.name];
    const r = resolveQuote(q, result, params, (v, d) => formatNumber(v, d), word);
    return { name: part.name, source: sourceLabel(q), si: r.si === null ? '' : String(r.si), text: r.text };
  });
}
