/**
 * The words shown for a validation issue in the current language: the summary from the catalog
 * (`issue.<code>`), a detail, and what is allowed. English shows the validator's own precise
 * message; other languages show the catalog's wording, option names instead of ids, and the
 * models' detail messages translated by `localizeDetail`.
 */
import type { ParamIssue, ParamSpec } from '../core/params';
import { localeState, t, tOr } from './i18n/locale.svelte';
import { localizeDetail, looksEnglish } from './i18n/details';

/** What a field's error line shows. */
export interface IssueText {
  summary: string;
  /** Detail ('' for none) and its language (it may stay English where no translation is known). */
  detail: string;
  detailLang: string;
  /** What is allowed ('' for nothing to add). */
  allowed: string;
}

/** The message without its leading "field: " (the summary names the field already). */
function withoutField(message: string, field: string): string {
  return message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}

/** What is allowed for `spec`, in words of the current language (option names, not ids). */
function allowedWords(spec: ParamSpec, modelId: string, issue: ParamIssue): string {
  switch (spec.kind) {
    case 'choice':
      return t('issue.oneOf', { choices: spec.choices.map((c) => tOr(`choice.${modelId}.${spec.key}.${c.value}`, c.label)).join(t('issue.listSeparator')) });
    case 'boolean':
      return t('issue.trueOrFalse');
    case 'text':
      return t('issue.textMax', { n: spec.maxLength });
    case 'integer':
      return issue.allowed.replace(/^a whole number, /, t('issue.wholeNumber'));
    case 'number':
      return issue.allowed;
  }
}

/** The error line of `issue` on field `spec` of model `modelId`, with `label` the field's shown name. */
export function issueText(issue: ParamIssue, spec: ParamSpec | undefined, modelId: string, label: string): IssueText {
  const summary = t(`issue.${issue.code}`, { field: label });
  const locale = localeState.current;
  if (locale === 'en') return { summary, detail: issue.message, detailLang: 'en', allowed: issue.allowed };
  const modelDetail = issue.code === 'input' || issue.code === 'cross';
  const detail = modelDetail ? localizeDetail(withoutField(issue.message, issue.field), locale) : '';
  const allowed = modelDetail || issue.code === 'unknown' || !spec ? '' : allowedWords(spec, modelId, issue);
  return { summary, detail, detailLang: looksEnglish(detail) ? 'en' : locale, allowed };
}

/** A link notice in the current language: English keeps the validator's message; others name the field and say what is wrong. */
export function noticeText(notice: { message: string; issue?: ParamIssue; preset?: string }, specs: readonly ParamSpec[], modelId: string, presetNames: string[]): string {
  if (localeState.current === 'en') return notice.message;
  if (notice.preset !== undefined) return t('url.unknownPreset', { preset: notice.preset, allowed: presetNames.join(t('issue.listSeparator')) });
  if (!notice.issue) return notice.message;
  const spec = specs.find((s) => s.key === notice.issue?.field);
  const label = spec ? tOr(`param.${modelId}.${spec.key}`, spec.label) : notice.issue.field;
  const words = issueText(notice.issue, spec, modelId, label);
  return [words.summary, words.detail, words.allowed ? t('issue.allowed', { allowed: words.allowed }) : ''].filter(Boolean).join(' ');
}
