/**
 * Colours of the lattice scene's fixed marks (kept apart from the scene builder so a view's
 * legend can use them without loading three.js).
 */
export const LATTICE_COLORS = {
  site: '#8a94a3',
  vacancy: '#56b4e9',
  blocked: '#6b4f3a',
  box: '#8a94a3',
} as const;
