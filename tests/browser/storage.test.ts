/** The browser test setup gives each test file its own storage: what one file stores stays in it. */
import { describe, expect, it } from 'vitest';

describe('browser test setup', () => {
  it('replaces localStorage with an in-memory store of this file', () => {
    expect(localStorage.constructor.name).toBe('MemoryStorage');
    localStorage.setItem('crucible.locale', 'ja');
    expect(localStorage.getItem('crucible.locale')).toBe('ja');
    expect(Object.getOwnPropertyDescriptor(Window.prototype, 'localStorage')?.get?.call(window).getItem('crucible.locale') ?? null, 'the real storage is untouched').not.toBe('ja');
    localStorage.clear();
  });
});
