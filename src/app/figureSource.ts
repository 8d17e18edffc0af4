/**
 * What a model page tells the plots inside it for their exported figures: the model's name and
 * the link that reproduces the current view (read when a figure is saved).
 */
import { getContext, setContext } from 'svelte';

/** The model and link named in an exported figure's footer. */
export interface FigureSource {
  model: () => string;
  link: () => string;
}

const KEY = Symbol('figure-source');

/** Makes `source` available to the plots of the component being initialised. */
export function provideFigureSource(source: FigureSource): void {
  setContext(KEY, source);
}

/** The figure source of the enclosing model page, if any (a plot shown alone has none). */
export function figureSource(): FigureSource | undefined {
  return getContext<FigureSource | undefined>(KEY);
}
