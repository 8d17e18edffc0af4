/**
 * The state of one model page: the parameter values as entered, their validation, the run in
 * progress (progress, time left, partial results), the latest result, and the URL query that
 * reproduces it. A new run supersedes the one in progress at once; a cancelled run leaves its
 * last partial result as the shown result, marked with where it stopped. Views read this state;
 * they never compute physics.
 */
import { defaultsOf, type ModelDefinition, type ModelResult, type ParamValues, type Progress } from '../core/model';
import { applyImplications, validateParams, type ParamIssue } from '../core/params';
import { RemainingTime } from '../core/eta';
import { matchingPreset } from './presetMatch';
import type { FailureCode, ModelWorkerClient, RunHandle } from './worker/client';

/** Why a URL value was ignored. */
export interface UrlNotice {
  key: string;
  /** The validator's English message. */
  message: string;
  /** The issue behind it, for other languages' wording. */
  issue?: ParamIssue;
  /** The unknown preset id, when that is what the notice is about. */
  preset?: string;
}

/** `cancelled`: the last run was cancelled (its last partial result, if any, is the shown result). */
type Status = 'idle' | 'running' | 'cancelled' | 'error';

/** Where a cancelled run stopped: its fraction done and, if its partial result says, the simulated time (s). */
export interface CancelPoint {
  fraction: number;
  time: number | null;
}

/** Options of {@link ModelSession}. */
export interface SessionOptions {
  /** Summary key of a partial result holding the simulated time reached, s (for "Cancelled at t = …"). */
  timeKey?: string;
}

/** Reactive state of a model page. */
export class ModelSession {
  raw: Record<string, unknown> = $state({});
  issues: ParamIssue[] = $state([]);
  urlNotices: UrlNotice[] = $state([]);
  status: Status = $state('idle');
  errorMessage = $state('');
  errorCode: FailureCode | null = $state(null);
  /** The run in progress: fraction done, wall-clock ms elapsed, and ms left once a stable estimate exists. */
  progress = $state({ fraction: 0, elapsedMs: 0, remainingMs: null as number | null });
  /** The shown result: the latest complete one, or the last partial result of a cancelled run. */
  result: ModelResult | null = $state.raw(null);
  /** Set when `result` is the partial result of a cancelled run: where that run stopped. */
  resultCancelled: CancelPoint | null = $state.raw(null);
  partial: ModelResult | null = $state.raw(null);
  resultParams: ParamValues | null = $state.raw(null);
  /** Validated SI parameters of the run in progress (null when idle). */
  runParams: ParamValues | null = $state.raw(null);
  /** Where the last cancelled run stopped (null unless `status` is `cancelled`). */
  cancelledAt: CancelPoint | null = $state.raw(null);
  /** The preset the values started from ('' for none); links carry it with the edits after it. */
  presetId = $state('');
  /** The preset the current values equal ('' when none; see `matchingPreset`). */
  matchedPresetId = $state('');
  /** The preset the values last equalled ('' if none yet): the one an edited set is "Custom (from …)". */
  originPresetId = $state('');
  private validValues: ParamValues | null = null;

  private handle: RunHandle | null = null;
  // A private, non-reactive cache: nothing renders from it, so a SvelteMap would only cost.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private readonly cache = new Map<string, { result: ModelResult; params: ParamValues }>();
  private validation = 0;
  private readonly timeKey: string | undefined;
  /** Cancels so far, and their count at the last edit (a Cancel after an edit drops the edit's run). */
  private cancels = 0;
  private cancelsAtEdit = 0;
  /** Fraction done of the run whose partial result is `partial`. */
  private partialFraction = 0;

  constructor(
    readonly model: ModelDefinition,
    private readonly client: ModelWorkerClient,
    options: SessionOptions = {},
  ) {
    this.timeKey = options.timeKey;
  }

  /** Issue for a field, if any. */
  issueFor(key: string): ParamIssue | undefined {
    return this.issues.find((i) => i.field === key);
  }

  /** The SI defaults of the model. */
  get defaults(): ParamValues {
    return defaultsOf(this.model);
  }

  /**
   * Loads values from a URL query: valid values are kept, invalid or unknown ones are reported
   * in `urlNotices` and replaced by defaults. Never evaluates anything.
   */
  async loadQuery(query: Record<string, string>): Promise<void> {
    const notices: UrlNotice[] = [];
    const given: Record<string, string> = { ...query };
    delete given.present;
    delete given.preset;
    const preset = this.model.presets.find((p) => p.id === query.preset);
    if (query.preset !== undefined && !preset) {
      notices.push({ key: 'preset', message: `preset: unknown preset "${query.preset}" (allowed: ${this.model.presets.map((p) => p.id).join(', ')})`, preset: query.preset });
    }
    const params = applyImplications(this.model.params, given);
    const checked = await validateParams(this.model.params, params, this.model.crossChecks ?? []);
    const kept: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(params)) {
      const issue = checked.ok ? undefined : checked.issues.find((i) => i.field === k);
      if (issue) notices.push({ key: k, message: `${issue.message} (allowed: ${issue.allowed})`, issue });
      else kept[k] = checked.values[k] ?? v;
    }
    this.urlNotices = notices;
    this.raw = { ...this.defaults, ...(preset?.values ?? {}), ...kept };
    this.presetId = preset?.id ?? '';
    this.originPresetId = this.presetId;
    await this.validate();
  }

  /** Sets one raw value (SI number, or text with a unit) and revalidates; the run in progress is superseded at once. */
  async setValue(key: string, value: unknown): Promise<boolean> {
    this.supersede();
    this.raw = { ...this.raw, [key]: value };
    return this.validate();
  }

  /** Sets several raw values at once (e.g. a point picked on a map) and revalidates; the run in progress is superseded at once. */
  async setValues(values: Record<string, unknown>): Promise<boolean> {
    this.supersede();
    this.raw = { ...this.raw, ...values };
    return this.validate();
  }

  /** Applies a preset over the defaults (superseding the run in progress). */
  async applyPreset(id: string): Promise<boolean> {
    const preset = this.model.presets.find((p) => p.id === id);
    if (!preset) return false;
    this.supersede();
    this.raw = { ...this.defaults, ...preset.values };
    this.presetId = preset.id;
    this.originPresetId = preset.id;
    return this.validate();
  }

  /** Back to the defaults (superseding the run in progress). */
  async reset(): Promise<boolean> {
    this.supersede();
    this.raw = { ...this.defaults };
    this.presetId = '';
    this.originPresetId = '';
    return this.validate();
  }

  /**
   * Validates the current values; true when they are all valid. Valid unit strings are replaced
   * by their SI numbers, so the URL and the fields show one canonical value. Stale validations
   * are dropped.
   */
  async validate(): Promise<boolean> {
    // Stryker disable next-line UpdateOperator: a ticket only has to differ from every earlier one; counting down does too
    const ticket = ++this.validation;
    const checked = await validateParams(this.model.params, this.raw, this.model.crossChecks ?? []);
    if (ticket !== this.validation) return false;
    const normalised = { ...this.raw };
    let changed = false;
    for (const spec of this.model.params) {
      const v = checked.values[spec.key];
      // only number and integer fields validate to numbers (choices are strings, booleans booleans)
      if (typeof normalised[spec.key] === 'string' && typeof v === 'number') {
        normalised[spec.key] = v;
        changed = true;
      }
    }
    if (changed) this.raw = normalised;
    this.matchedPresetId = matchingPreset(this.model, this.raw, this.presetId);
    if (this.matchedPresetId) this.originPresetId = this.matchedPresetId;
    this.issues = checked.ok ? [] : checked.issues;
    this.validValues = checked.ok ? checked.values : null;
    return checked.ok;
  }

  /** Cache key of a validated parameter set: its SI values in parameter order (never the names alone). */
  private cacheKey(values: ParamValues): string {
    return JSON.stringify(this.model.params.map((spec) => values[spec.key]));
  }

  /**
   * Runs the model with the current values (nothing runs while any value is invalid). A run in
   * progress is superseded: it is cancelled and its progress is no longer shown. A parameter set
   * run before shows its cached result at once. Nothing starts if Cancel was pressed after the
   * moment `since` stands for (a count of cancels; by default, now).
   */
  async run(since = this.cancels): Promise<void> {
    const valid = await this.validate();
    if (this.cancels !== since) return;
    const values = this.validValues;
    if (!valid || !values) {
      // a run superseded by an invalid edit ends here, as if cancelled
      if (this.status === 'running' && !this.handle && this.issues.length > 0) this.keepPartial(this.runParams);
      return;
    }
    const key = this.cacheKey(values);
    const cached = this.cache.get(key);
    if (cached) {
      this.stopFollowing()?.cancel();
      this.showResult(cached.result, cached.params);
      return;
    }
    const started = performance.now();
    const eta = new RemainingTime();
    this.runParams = values;
    this.status = 'running';
    this.errorMessage = '';
    this.errorCode = null;
    this.cancelledAt = null;
    this.progress = { fraction: 0, elapsedMs: 0, remainingMs: null };
    const handle = this.client.run({ ...this.raw }, (p: Progress) => {
      if (this.handle !== handle) return;
      const elapsedMs = performance.now() - started;
      const fraction = Math.min(1, Math.max(0, p.fraction));
      eta.add(elapsedMs, fraction);
      this.progress = { fraction, elapsedMs, remainingMs: eta.remainingMs() };
      if (p.partial) {
        this.partial = p.partial;
        this.partialFraction = fraction;
      }
    });
    this.handle = handle;
    const outcome = await handle.done;
    if (this.handle !== handle) return;
    this.handle = null;
    this.runParams = null;
    switch (outcome.kind) {
      case 'result':
        this.showResult(outcome.result, outcome.params as ParamValues);
        this.cache.set(key, { result: outcome.result, params: outcome.params as ParamValues });
        if (this.cache.size > 32) this.cache.delete(this.cache.keys().next().value as string);
        break;
      case 'invalid':
        this.status = 'idle';
        this.issues = outcome.issues;
        this.partial = null;
        break;
      case 'error':
        this.status = 'error';
        this.errorMessage = outcome.message;
        this.errorCode = outcome.code ?? null;
        this.partial = null;
        break;
      case 'cancelled':
        this.keepPartial(values);
        break;
    }
  }

  private showResult(result: ModelResult, params: ParamValues): void {
    this.result = result;
    this.resultParams = params;
    this.resultCancelled = null;
    this.partial = null;
    this.cancelledAt = null;
    this.status = 'idle';
  }

  /** Stops following the run in progress (its reports and outcome are ignored from now on); returns its handle. */
  private stopFollowing(): RunHandle | null {
    const h = this.handle;
    this.handle = null;
    return h;
  }

  /** A cancelled run: its last partial result becomes the shown result, marked with where it stopped. */
  private keepPartial(params: ParamValues | null): void {
    const partial = this.partial;
    // without a time key this reads the key '', which no summary has
    // Stryker disable next-line StringLiteral: any other key no summary has reads the same undefined
    const t = partial?.summary[this.timeKey ?? ''];
    const at: CancelPoint = { fraction: partial ? this.partialFraction : this.progress.fraction, time: Number.isFinite(t) ? (t as number) : null };
    if (partial) {
      this.result = partial;
      this.resultParams = params;
      this.resultCancelled = at;
    }
    this.partial = null;
    this.runParams = null;
    this.cancelledAt = at;
    this.status = 'cancelled';
  }

  /**
   * An edit makes the run in progress obsolete: from now on its progress is not shown (the bar
   * restarts at zero) and it is cancelled; `run()` then starts the new values (or, if they are
   * invalid, ends the superseded run as cancelled). Its last partial result stays on screen until
   * the new run reports.
   */
  supersede(): void {
    this.cancelsAtEdit = this.cancels;
    const h = this.stopFollowing();
    if (!h) return;
    this.progress = { fraction: 0, elapsedMs: 0, remainingMs: null };
    h.cancel();
  }

  /** Runs the values of the last edit, unless Cancel was pressed since that edit. */
  runEdit(): Promise<void> {
    return this.run(this.cancelsAtEdit);
  }

  /**
   * Cancels the run in progress (also one superseded by an edit whose run has not started yet:
   * that run is dropped): the run button returns to idle at once and the last partial result
   * stays shown.
   */
  cancel(): void {
    // Stryker disable next-line UpdateOperator: only whether the count changed is compared (run's `since`); counting down changes it too
    this.cancels++;
    const h = this.stopFollowing();
    if (!h && this.status !== 'running') return;
    this.keepPartial(this.runParams);
    h?.cancel();
  }
}
