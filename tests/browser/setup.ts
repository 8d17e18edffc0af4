/**
 * Setup of every browser test file: its own in-memory `localStorage`. Vitest runs browser test
 * files side by side in frames of one origin, so a language or theme one file stores would
 * otherwise reach a file that starts meanwhile (its locale is read from storage at import).
 */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();

  get length(): number {
    return this.items.size;
  }

  clear(): void {
    this.items.clear();
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
}

Object.defineProperty(window, 'localStorage', { value: new MemoryStorage(), configurable: true });
