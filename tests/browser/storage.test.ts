/** The browser test setup gives each test file its own storage: what one file stores stays in it. */
import { describe, expect, it } from 'vitest';

describe('browser test setup', () => {
  it('replaces localStorage with an in-memory store of this file, leaving the origin’s own untouched', () => {
    // a fresh same-origin frame runs no setup: its localStorage is the origin's shared one
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const shared = frame.contentWindow!.localStorage;
    expect(localStorage).not.toBe(shared);
    localStorage.setItem('crucible.storage-test', 'ja');
    expect(localStorage.getItem('crucible.storage-test')).toBe('ja');
    expect(shared.getItem('crucible.storage-test'), 'the origin’s shared storage').toBeNull();
    localStorage.clear();
    expect(localStorage.length).toBe(0);
    frame.remove();
  });
});
