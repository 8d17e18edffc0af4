/**
 * Parameter specifications and their validation. A model declares each parameter once
 * (label, SI unit, display unit, range, default, help); from that list we build a valibot
 * schema, the app builds its panel, the CLI builds its --help, and the URL codec reads values.
 * Validation turns raw input (numbers in SI, or strings with units such as "7.7 K/mm") into
 * SI values, or into issues that name the field, say why, and say what is allowed.
 */
import * as v from 'valibot';
import { parseQuantity, type ParsedQuantity } from './units';
import { quoteInput, quoteName } from './quote';
import type { CrossCheck, ParamValues } from './model';

/** How an SI value is shown to people: display = SI × factor + offset, in `unit`. */
export interface DisplayUnit {
  unit: string;
  factor: number;
  offset?: number;
}

interface BaseSpec {
  /** Parameter name, exactly as in the CLI and URL. */
  key: string;
  /** English label (the app looks up `param.<model>.<key>` first). */
  label: string;
  /** One-sentence English help text. */
  help: string;
  /** Panel group name (optional, English). */
  group?: string;
  /** Show this field only when the predicate holds for the current values. */
  visibleWhen?: (values: ParamValues) => boolean;
  /** Values that giving this field explicitly implies, unless they are given too (e.g. V ⇒ drive=pulling). */
  implies?: Readonly<Record<string, string | number | boolean>>;
}

/** A real or integer parameter with an SI unit and inclusive range. */
export interface NumberSpec extends BaseSpec {
  kind: 'number' | 'integer';
  /** SI unit as a mathjs unit string ('' for dimensionless). */
  unit: string;
  /** Preferred unit for people; defaults to the SI unit. */
  display?: DisplayUnit;
  min: number;
  max: number;
  default: number;
  /** Use a logarithmic slider between min and max (both must be > 0). */
  log?: boolean;
}

/** One of a fixed set of string values. */
export interface ChoiceSpec extends BaseSpec {
  kind: 'choice';
  choices: readonly { value: string; label: string }[];
  default: string;
}

/** An on/off flag. */
export interface BooleanSpec extends BaseSpec {
  kind: 'boolean';
  default: boolean;
}

/** Free text (e.g. a file path for the CLI), bounded in length. */
export interface TextSpec extends BaseSpec {
  kind: 'text';
  maxLength: number;
  /** The value is file content: the CLI reads it from the path given; the app offers paste/upload. */
  file?: boolean;
  default: string;
}

export type ParamSpec = NumberSpec | ChoiceSpec | BooleanSpec | TextSpec;

/** Why a field was rejected. `code` lets the app translate; `message` is the English text. */
export interface ParamIssue {
  field: string;
  code: 'unknown' | 'type' | 'syntax' | 'number' | 'dimension' | 'range' | 'integer' | 'choice' | 'length' | 'cross' | 'input';
  message: string;
  /** What is allowed, in words (English), e.g. "0.1 – 100 K/mm"; empty when the message says it all. */
  allowed: string;
}

export type ValidationResult<P> = { ok: true; values: P } | { ok: false; issues: ParamIssue[]; values: Partial<P> };

/** Converts an SI value to the spec's display unit. */
export function toDisplay(spec: NumberSpec, si: number): number {
  const d = spec.display;
  return d ? si * d.factor + (d.offset ?? 0) : si;
}

/**
 * Converts a value in the spec's display unit to SI, with one correctly rounded operation by an
 * exact constant where possible (× 1000 for K/mm rather than ÷ 0.001), so that the shortest
 * decimal of a value in the display unit maps back to the same SI double.
 */
export function fromDisplay(spec: NumberSpec, shown: number): number {
  const d = spec.display;
  if (!d) return shown;
  const inverse = Math.round(1 / d.factor);
  const x = shown - (d.offset ?? 0);
  // factors like 1e-5 are not exact doubles: multiply by the exact integer 1e5 instead
  return inverse >= 1 && Math.abs(inverse * d.factor - 1) < 1e-12 ? x * inverse : x / d.factor;
}

const displayQuantity = /^([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(.+)$/;

/**
 * Parses a field's text to SI: a number followed by exactly the spec's display unit converts as
 * the panel does ({@link fromDisplay}); anything else goes through the unit parser (mathjs).
 */
export async function quantityToSi(spec: NumberSpec, text: string): Promise<ParsedQuantity> {
  const m = displayQuantity.exec(text.trim());
  if (m && spec.display && m[2] === spec.display.unit) return { ok: true, value: fromDisplay(spec, Number(m[1])) };
  return parseQuantity(text, spec.unit);
}

/** The unit people see for a numeric spec. */
export function displayUnitOf(spec: NumberSpec): string {
  return spec.display?.unit ?? spec.unit;
}

/**
 * A number for messages: integers exactly (below 1e21); others from 1e-3 to 1e6 in fixed notation
 * with `digits` significant digits, else in exponential notation with `digits` − 2 significant digits.
 */
export function formatNumber(x: number, digits = 6): string {
  if (Number.isInteger(x) && Math.abs(x) < 1e21) return String(x);
  return Math.abs(x) >= 1e-3 && Math.abs(x) < 1e6
    ? String(Number(x.toPrecision(digits)))
    : x.toExponential(digits - 3).replace(/\.?0+e/, 'e');
}

function withUnit(text: string, spec: NumberSpec): string {
  const unit = displayUnitOf(spec);
  return unit ? `${text} ${unit}` : text;
}

function rangeText(spec: NumberSpec, digits: number): string {
  const range = withUnit(`${formatNumber(toDisplay(spec, spec.min), digits)} – ${formatNumber(toDisplay(spec, spec.max), digits)}`, spec);
  return spec.kind === 'integer' ? `a whole number, ${range}` : range;
}

/**
 * An out-of-range value and the allowed range, in display units, with just enough digits that
 * the value shown lies outside the range shown (exact SI numbers when no precision can tell them apart).
 */
function outOfRange(spec: NumberSpec, value: number): { shown: string; allowed: string } {
  for (let digits = 6; digits <= 17; digits++) {
    const shown = Number(formatNumber(toDisplay(spec, value), digits));
    const a = Number(formatNumber(toDisplay(spec, spec.min), digits));
    const b = Number(formatNumber(toDisplay(spec, spec.max), digits));
    if (shown < Math.min(a, b) || shown > Math.max(a, b)) {
      return { shown: withUnit(formatNumber(toDisplay(spec, value), digits), spec), allowed: rangeText(spec, digits) };
    }
  }
  const unit = spec.unit ? ` ${spec.unit}` : '';
  return { shown: `${String(value)}${unit}`, allowed: `${String(spec.min)} – ${String(spec.max)}${unit}` };
}

/** A non-integer value in display units with enough digits to show that it is not whole. */
function notWhole(spec: NumberSpec, value: number): string {
  for (let digits = 6; digits <= 17; digits++) {
    const text = formatNumber(toDisplay(spec, value), digits);
    if (!Number.isInteger(Number(text))) return withUnit(text, spec);
  }
  return `${String(value)}${spec.unit ? ' ' + spec.unit : ''}`;
}

/** What a spec allows, in English words, in its display unit. */
export function allowedText(spec: ParamSpec): string {
  switch (spec.kind) {
    case 'number':
    case 'integer':
      return rangeText(spec, 6);
    case 'choice':
      return `one of ${spec.choices.map((c) => c.value).join(', ')}`;
    case 'boolean':
      return 'true or false';
    case 'text':
      return `text of at most ${spec.maxLength} characters`;
  }
}

/** The valibot schema of one field; a type failure's message is the reason shown after "key: ". */
function fieldSchema(spec: ParamSpec): v.GenericSchema {
  switch (spec.kind) {
    case 'number':
      return v.pipe(
        v.number('must be a number'),
        v.finite('must be finite'),
        v.minValue(spec.min, 'range'),
        v.maxValue(spec.max, 'range'),
      );
    case 'integer':
      return v.pipe(
        v.number('must be a number'),
        v.integer('integer'),
        v.minValue(spec.min, 'range'),
        v.maxValue(spec.max, 'range'),
      );
    case 'choice':
      return v.picklist(spec.choices.map((c) => c.value), 'choice');
    case 'boolean':
      return v.boolean('must be true or false');
    case 'text':
      return v.pipe(v.string(), v.maxLength(spec.maxLength, 'length'));
  }
}

/** The valibot object schema for a list of specs (all fields required, SI values). */
export function schemaOf(specs: readonly ParamSpec[]): v.GenericSchema {
  const entries: Record<string, v.GenericSchema> = {};
  for (const spec of specs) entries[spec.key] = fieldSchema(spec);
  return v.strictObject(entries);
}

async function coerce(spec: ParamSpec, raw: unknown): Promise<{ value: unknown } | { issue: ParamIssue }> {
  const allowed = allowedText(spec);
  if (typeof raw !== 'string') return { value: raw };
  const text = raw.trim();
  switch (spec.kind) {
    case 'number':
    case 'integer': {
      const parsed = await quantityToSi(spec, text);
      if (parsed.ok) return { value: parsed.value };
      const why = {
        dimension: `${quoteInput(text)} is not convertible to ${spec.unit || 'a plain number'}`,
        number: `${quoteInput(text)} is a unit without a number (a unit alone is not read as 1 of it; write the number too)`,
        syntax: `${quoteInput(text)} is not a number${spec.unit ? ' or a quantity with a unit' : ''}`,
      }[parsed.reason];
      return { issue: { field: spec.key, code: parsed.reason, message: `${spec.key}: ${why}`, allowed } };
    }
    case 'boolean':
      if (text === 'true' || text === '1') return { value: true };
      if (text === 'false' || text === '0') return { value: false };
      return { issue: { field: spec.key, code: 'type', message: `${spec.key}: ${quoteInput(text)} is not true or false`, allowed } };
    default:
      return { value: text };
  }
}

function describeIssue(spec: ParamSpec, code: string, value: unknown): ParamIssue {
  const known = ['range', 'integer', 'choice', 'length'] as const;
  const kind = (known as readonly string[]).includes(code) ? (code as (typeof known)[number]) : 'type';
  const numeric = typeof value === 'number' && (spec.kind === 'number' || spec.kind === 'integer');
  const range = numeric && kind === 'range' ? outOfRange(spec, value) : null;
  const allowed = range ? range.allowed : allowedText(spec);
  const shown = range ? range.shown : numeric && kind === 'integer' ? notWhole(spec, value) : numeric ? withUnit(formatNumber(toDisplay(spec, value)), spec) : quoteInput(value);
  const why: Record<typeof kind, string> = {
    range: `${shown} is out of range`,
    integer: `${shown} is not a whole number`,
    choice: `${shown} is not a known option`,
    length: 'the text is too long',
    type: code,
  };
  return { field: spec.key, code: kind, message: `${spec.key}: ${why[kind]}`, allowed };
}

/**
 * Adds the values implied by explicitly given fields (see `BaseSpec.implies`) to `explicit`,
 * without overriding anything given explicitly. Returns a new object.
 */
export function applyImplications(specs: readonly ParamSpec[], explicit: Record<string, unknown>): Record<string, unknown> {
  const out = { ...explicit };
  for (const spec of specs) {
    if (!spec.implies || !Object.hasOwn(explicit, spec.key)) continue;
    for (const [key, value] of Object.entries(spec.implies)) if (!Object.hasOwn(explicit, key)) out[key] = value;
  }
  return out;
}

/**
 * Validates raw input against the specs. Missing fields take their defaults; strings are
 * parsed (units converted to SI); unknown keys are reported. Cross-field rules run only when
 * every field is valid. Returns SI values or the list of issues (one per bad field).
 */
export async function validateParams<P extends ParamValues>(
  specs: readonly ParamSpec[],
  raw: Record<string, unknown>,
  crossChecks: readonly CrossCheck<P>[] = [],
): Promise<ValidationResult<P>> {
  const issues: ParamIssue[] = [];
  const byKey = new Map(specs.map((s) => [s.key, s]));
  for (const key of Object.keys(raw)) {
    if (!byKey.has(key)) {
      issues.push({
        field: key,
        code: 'unknown',
        message: `${quoteName(key)}: unknown parameter`,
        allowed: `one of ${specs.map((s) => s.key).join(', ')}`,
      });
    }
  }
  const candidate: Record<string, unknown> = {};
  for (const spec of specs) {
    const rawValue = Object.hasOwn(raw, spec.key) ? raw[spec.key] : spec.default;
    const coerced = await coerce(spec, rawValue);
    if ('issue' in coerced) issues.push(coerced.issue);
    else candidate[spec.key] = coerced.value;
  }
  const good: Record<string, unknown> = {};
  for (const spec of specs) {
    if (!(spec.key in candidate)) continue;
    const result = v.safeParse(fieldSchema(spec), candidate[spec.key]);
    if (result.success) good[spec.key] = result.output;
    else issues.push(describeIssue(spec, result.issues[0].message, candidate[spec.key]));
  }
  if (issues.length > 0) return { ok: false, issues, values: good as Partial<P> };
  const values = v.parse(schemaOf(specs), good) as P;
  for (const check of crossChecks) {
    if (!check.holds(values)) {
      issues.push({ field: check.field, code: 'cross', message: `${check.field}: ${check.message}`, allowed: check.message });
    }
  }
  return issues.length > 0 ? { ok: false, issues, values } : { ok: true, values };
}
