/**
 * What the app needs to know about a model beyond its definition: how to start its worker,
 * which view draws its results, and the equations and assumptions its explanation panel shows.
 */
import type { Component } from 'svelte';
import type { ModelDefinition, ModelResult, ParamValues } from '../../core/model';

/** Props every model view receives. */
export interface ViewProps {
  /** The latest complete result (null before the first run finishes). */
  result: ModelResult | null;
  /** The latest partial result streamed during a run. */
  partial: ModelResult | null;
  /** The validated SI parameters of `result` (or of the run in progress). */
  params: ParamValues | null;
  running: boolean;
  /** True when `result` is the last partial result of a cancelled run (not a complete result); false when absent. */
  cancelled?: boolean;
  /** Sets parameters (SI values by key) as if edited in the panel and runs them; absent where the view is shown alone. */
  steer?: (values: ParamValues) => void;
  /** A lesson step's request to compute the stability map with this column axis (`step` names the step: each step asks once); absent or null: none. */
  mapRequest?: MapRequest | null;
}

/** A request to compute a view's stability map: the lesson step asking (`<lesson>/<index>`) and the map's column axis. */
export interface MapRequest {
  step: string;
  axis: 'V' | 'R';
}

/** One typeset equation with the catalog key of its caption. */
export interface Equation {
  tex: string;
  captionKey: string;
}

/** An app-side model entry. */
export interface ModelEntry {
  id: string;
  loadModel: () => Promise<ModelDefinition>;
  createWorker: () => Worker;
  loadView: () => Promise<{ default: Component<ViewProps> }>;
  equations: Equation[];
  /** Catalog keys of the assumption bullet points. */
  assumptionKeys: string[];
  /** Catalog key of a short guided "try this" text, if any. */
  guideKey?: string;
  /** Summary key of a partial result holding the simulated time reached, s (shown as "Cancelled at t = …"). */
  partialTimeKey?: string;
  /** SVG path data (viewBox 0 0 64 40) for the landing-page card picture. */
  thumbnail: string;
}

/** How one summary value is shown: English label (catalog key `summary.<model>.<key>` first), unit and scale (shown = SI × scale). */
export interface SummaryField {
  key: string;
  label: string;
  unit?: string;
  scale?: number;
}
