/**
 * A probe between a model page and a real model view: it records every partial result the view
 * receives, in order, so tests can check that streamed partials reach the page.
 */
import type { Component } from 'svelte';
import type { ModelResult } from '../../../src/core/model';
import type { ModelEntry, ViewProps } from '../../../src/app/models/types';

/** What the probe view wraps and what it saw. */
export const probe = {
  inner: null as Component<ViewProps> | null,
  partials: [] as { partial: ModelResult }[],
};

/** The entry with its view wrapped by the probe (resets what the probe saw). */
export function probed(entry: ModelEntry): ModelEntry {
  probe.partials = [];
  return {
    ...entry,
    loadView: async () => {
      probe.inner = (await entry.loadView()).default;
      return import('./ProbeView.svelte');
    },
  };
}
