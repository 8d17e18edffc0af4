import { describe, expect, it } from 'vitest';
import { ECHO_MAX_CHARS, quoteInput, quoteName } from '../../../src/core/quote';

describe('quoteInput', () => {
  it('quotes and escapes text up to the limit unchanged', () => {
    expect(quoteInput('7.7 K/mm')).toBe('"7.7 K/mm"');
    expect(quoteInput('a"b\nc')).toBe('"a\\"b\\nc"');
    const exact = 'x'.repeat(ECHO_MAX_CHARS);
    expect(quoteInput(exact)).toBe(`"${exact}"`);
  });

  it('cuts a longer echo to the limit (in code points), marks it with … and gives the full length', () => {
    const long = 'y'.repeat(ECHO_MAX_CHARS + 1);
    expect(quoteInput(long)).toBe(`"${'y'.repeat(ECHO_MAX_CHARS)}…" (${ECHO_MAX_CHARS + 1} characters)`);
    // astral characters count once each, and are never split into lone surrogates
    expect(quoteInput('😀😀😀', 2)).toBe('"😀😀…" (3 characters)');
  });

  it('writes non-text values as JSON, and values JSON cannot write with String()', () => {
    expect(quoteInput(42)).toBe('"42"');
    expect(quoteInput({ a: 1 })).toBe('"{\\"a\\":1}"');
    expect(quoteInput(undefined)).toBe('"undefined"');
    expect(quoteInput(10n)).toBe('"10"');
  });
});

describe('quoteName', () => {
  it('leaves names plain and quotes (and cuts at 40) anything else', () => {
    expect(quoteName('V')).toBe('V');
    expect(quoteName('_a.b-c9')).toBe('_a.b-c9');
    expect(quoteName('a'.repeat(40))).toBe('a'.repeat(40));
    expect(quoteName('a'.repeat(41))).toBe(`"${'a'.repeat(40)}…" (41 characters)`);
    expect(quoteName('9lives')).toBe('"9lives"');
    expect(quoteName('two words')).toBe('"two words"');
    expect(quoteName('x\ny')).toBe('"x\\ny"');
  });
});
