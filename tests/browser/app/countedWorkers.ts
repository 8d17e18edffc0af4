/** A worker factory for tests that counts the workers it made and the ones terminated. */

/** Wraps `make` (called with the number of workers made so far); `stats` counts as workers are made and terminated. */
export function countedWorkers(make: (n: number) => Worker) {
  const stats = { created: 0, terminated: 0 };
  const factory = () => {
    const w = make(stats.created++);
    const terminate = w.terminate.bind(w);
    w.terminate = () => {
      stats.terminated++;
      terminate();
    };
    return w;
  };
  return { stats, factory };
}
