/**
 * The state of one model page: the parameter values as entered, their validation, the run in
 * progress (progress, time left, partial results), the latest result, and the URL query that
 * reproduces it. Views read this state; they never compute physics.
 */
import { defaultsOf, type ModelDefinition, type ModelResult, type ParamValues, type Progress } from '../core/model';
import { applyImplications, validateParams, type ParamIssue } from '../core/params';
import type { ModelWorkerClient, RunHandle } from './worker/client';

/** Why a URL value was ignored. */
export interface UrlNotice {
  key: string;
  message: string;
}

type Status = 'idle' | 'running' | 'error';

/** Reactive state of a model page. */
export class ModelSession {
  raw: Record<string, unknown> = $state({});
  issues: ParamIssue[] = $state([]);
  urlNotices: UrlNotice[] = $state([]);
  status: Status = $state('idle');
  errorMessage = $state('');
  progress = $state({ fraction: 0, elapsedMs: 0, remainingMs: null as number | null });
  result: ModelResult | null = $state.raw(null);
  partial: ModelResult | null = $state.raw(null);
  resultParams: ParamValues | null = $state.raw(null);
  /** Validated SI parameters of the run in progress (null when idle). */
  runParams: ParamValues | null = $state.raw(null);
  /** The preset the values started from ('' for none); links carry it with the edits after it. */
  presetId = $state('');
  private validValues: ParamValues | null = null;

  private handle: RunHandle | null = null;
  // A private, non-reactive cache: nothing renders from it, so a SvelteMap would only cost.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private readonly cache = new Map<string, { result: ModelResult; params: ParamValues }>();
  private validation = 0;
  private rerun = false;

  constructor(
    readonly model: ModelDefinition,
    private readonly client: ModelWorkerClient,
  ) {}

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
    const preset = query.preset === undefined ? undefined : this.model.presets.find((p) => p.id === query.preset);
    if (query.preset !== undefined && !preset) {
      notices.push({ key: 'preset', message: `preset: unknown preset "${query.preset}" (allowed: ${this.model.presets.map((p) => p.id).join(', ')})` });
    }
    const params = applyImplications(this.model.params, given);
    const checked = await validateParams(this.model.params, params, this.model.crossChecks ?? []);
    const bad = checked.ok ? [] : checked.issues.map((i) => i.field);
    const kept: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(params)) {
      if (bad.includes(k)) {
        const issue = !checked.ok ? checked.issues.find((i) => i.field === k) : undefined;
        notices.push({ key: k, message: issue ? `${issue.message} (allowed: ${issue.allowed})` : k });
      } else kept[k] = checked.values[k] ?? v;
    }
    this.urlNotices = notices;
    this.raw = { ...this.defaults, ...(preset?.values ?? {}), ...kept };
    this.presetId = preset?.id ?? '';
    await this.validate();
  }

  /** Sets one raw value (SI number, or text with a unit) and revalidates. */
  async setValue(key: string, value: unknown): Promise<boolean> {
    this.raw = { ...this.raw, [key]: value };
    return this.validate();
  }

  /** Applies a preset over the defaults. */
  async applyPreset(id: string): Promise<boolean> {
    const preset = this.model.presets.find((p) => p.id === id);
    if (!preset) return false;
    this.raw = { ...this.defaults, ...preset.values };
    this.presetId = preset.id;
    return this.validate();
  }

  /** Back to the defaults. */
  async reset(): Promise<boolean> {
    this.raw = { ...this.defaults };
    this.presetId = '';
    return this.validate();
  }

  /**
   * Validates the current values; true when they are all valid. Valid unit strings are replaced
   * by their SI numbers, so the URL and the fields show one canonical value. Stale validations
   * are dropped.
   */
  async validate(): Promise<boolean> {
    const ticket = ++this.validation;
    const checked = await validateParams(this.model.params, this.raw, this.model.crossChecks ?? []);
    if (ticket !== this.validation) return false;
    const normalised = { ...this.raw };
    let changed = false;
    for (const spec of this.model.params) {
      const v = checked.values[spec.key];
      if ((spec.kind === 'number' || spec.kind === 'integer') && typeof normalised[spec.key] === 'string' && typeof v === 'number') {
        normalised[spec.key] = v;
        changed = true;
      }
    }
    if (changed) this.raw = normalised;
    this.issues = checked.ok ? [] : checked.issues;
    this.validValues = checked.ok ? checked.values : null;
    return checked.ok;
  }

  /** Runs the model with the current values (nothing runs while any value is invalid). */
  async run(): Promise<void> {
    if (!(await this.validate())) return;
    const key = JSON.stringify(this.raw);
    const cached = this.cache.get(key);
    if (cached) {
      this.handle?.cancel();
      this.result = cached.result;
      this.resultParams = cached.params;
      this.partial = null;
      this.status = 'idle';
      return;
    }
    const started = performance.now();
    this.runParams = this.validValues;
    this.status = 'running';
    this.errorMessage = '';
    this.progress = { fraction: 0, elapsedMs: 0, remainingMs: null };
    this.partial = null;
    const handle = this.client.run({ ...this.raw }, (p: Progress) => {
      if (this.handle !== handle) return;
      const elapsedMs = performance.now() - started;
      const f = Math.min(1, Math.max(0, p.fraction));
      this.progress = { fraction: f, elapsedMs, remainingMs: f > 0.01 ? (elapsedMs * (1 - f)) / f : null };
      if (p.partial) this.partial = p.partial;
    });
    this.handle = handle;
    const outcome = await handle.done;
    if (this.handle !== handle) return;
    this.handle = null;
    this.status = 'idle';
    this.runParams = null;
    switch (outcome.kind) {
      case 'result':
        this.result = outcome.result;
        this.resultParams = outcome.params as ParamValues;
        this.partial = null;
        this.cache.set(key, { result: outcome.result, params: outcome.params as ParamValues });
        if (this.cache.size > 32) this.cache.delete(this.cache.keys().next().value as string);
        break;
      case 'invalid':
        this.issues = outcome.issues;
        break;
      case 'error':
        this.status = 'error';
        this.errorMessage = outcome.message;
        break;
      case 'cancelled':
        this.partial = null;
        break;
    }
    if (this.rerun) {
      this.rerun = false;
      await this.run();
    }
  }

  /**
   * Runs after an edit without interrupting a run in progress: while one is going, the latest
   * values run as soon as it ends. Dragging a slider thus updates as fast as the model runs.
   */
  async requestRun(): Promise<void> {
    if (this.status === 'running') this.rerun = true;
    else await this.run();
  }

  /** Cancels the run in progress; the run button returns to idle at once. */
  cancel(): void {
    const h = this.handle;
    this.handle = null;
    this.rerun = false;
    this.status = 'idle';
    this.runParams = null;
    this.partial = null;
    h?.cancel();
  }
}
