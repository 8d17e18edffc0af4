import { afterEach, describe, expect, it } from 'vitest';
import { formatNumber, setLocale, t } from '../../../src/app/i18n/locale.svelte';
import { en } from '../../../src/app/i18n/en';
import { ja } from '../../../src/app/i18n/ja';

afterEach(() => setLocale('en'));

describe('locale formatting', () => {
  it('formats ordinary, tiny, huge and undefined numbers', () => {
    expect(formatNumber(1234.5678)).toBe('1,235');
    expect(formatNumber(1.5587e-8, 3)).toBe('1.56 × 10⁻⁸');
    expect(formatNumber(6.25e28, 3)).toBe('6.25 × 10²⁸');
    expect(formatNumber(9.9996e-5, 4)).toBe('1 × 10⁻⁴');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(NaN)).toBe('—');
    expect(formatNumber(null)).toBe('—');
  });

  it('translates with placeholders and falls back to English for unknown keys', () => {
    setLocale('ja');
    expect(t('run.remaining', { seconds: 3 })).toBe('残り約 3 秒');
    setLocale('en');
    expect(t('run.remaining', { seconds: 3 })).toBe('About 3 s left');
    expect(t('no.such.key')).toBe('no.such.key');
  });

  it('has every English key in Japanese, with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const enMap = en as Record<string, string>;
    const jaMap = ja as Record<string, string>;
    const missing = Object.keys(enMap).filter((k) => !(k in jaMap));
    expect(missing).toEqual([]);
    const mismatched = Object.keys(enMap).filter((k) => placeholders(enMap[k]).join() !== placeholders(jaMap[k]).join());
    expect(mismatched).toEqual([]);
  });
});
