/**
 * What a step link means: `#/<model>?lesson=<id>&step=<n>` (n from 1) opens step n with its
 * parameters. Pure: no Svelte, no DOM; the lessons themselves are passed in (they load on demand,
 * `load.ts`).
 */
import { formatHash } from '../url';
import type { Lesson, LessonStep } from './types';

/** Page id of the lessons page (`#/lessons`, with `worksheet=<id>` a lesson's worksheet). */
export const LESSONS_PAGE = 'lessons';

/** Query keys of a step link (removed before the parameters are read). */
export const LESSON_KEYS = ['lesson', 'step'] as const;

/** The lesson with this id in `lessons`, or undefined. */
export function lessonById(lessons: readonly Lesson[], id: string): Lesson | undefined {
  return lessons.find((l) => l.id === id);
}

/** Why a step link cannot be opened. */
export type StepLinkProblem =
  | { kind: 'unknown-lesson'; lesson: string }
  | { kind: 'other-model'; lesson: Lesson }
  | { kind: 'bad-step'; lesson: Lesson; step: string };

/** A step link read from a page's query: the lesson and step (index from 0), or the problem; null when the query names no lesson. */
export type StepLink = { lesson: Lesson; index: number; step: LessonStep } | { problem: StepLinkProblem } | null;

/** Reads `lesson` and `step` (1 … number of steps; default 1) of a model page's query, looking the lesson up in `lessons`. */
export function readStepLink(lessons: readonly Lesson[], modelId: string, query: Record<string, string>): StepLink {
  const id = query.lesson;
  if (id === undefined) return null;
  const lesson = lessonById(lessons, id);
  if (!lesson) return { problem: { kind: 'unknown-lesson', lesson: id } };
  if (lesson.model !== modelId) return { problem: { kind: 'other-model', lesson } };
  const text = query.step ?? '1';
  const n = /^[1-9][0-9]{0,2}$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1 && n <= lesson.steps.length)) return { problem: { kind: 'bad-step', lesson, step: text } };
  return { lesson, index: n - 1, step: lesson.steps[n - 1] };
}

/**
 * The parameter query a model page loads for `query`: without a step link, the query itself;
 * with one, the step's parameters, then any other values of the link on top (edits made after
 * opening the step). The lesson keys themselves are removed either way.
 */
export function parameterQuery(link: StepLink, query: Record<string, string>): Record<string, string> {
  const rest = { ...query };
  for (const k of LESSON_KEYS) delete rest[k];
  if (!link || 'problem' in link) return rest;
  return { ...link.step.query, ...rest };
}

/** The link of a step (n from 1), keeping presenter mode when asked. */
export function stepHash(lesson: Lesson, n: number, present = false): string {
  return formatHash({ page: lesson.model, query: { lesson: lesson.id, step: String(n), ...presentQuery(present) } });
}

/** The link of the lessons page with `query` (e.g. `{ worksheet: <id> }`), keeping presenter mode when asked. */
export function lessonsHash(present: boolean, query: Record<string, string> = {}): string {
  return formatHash({ page: LESSONS_PAGE, query: { ...query, ...presentQuery(present) } });
}

function presentQuery(present: boolean): Record<string, string> {
  return present ? { present: '1' } : {};
}
