/**
 * Display preferences that persist across visits: colour theme (light, dark, or the system's)
 * and temperature unit. Presenter mode lives in the URL instead, so a lecturer's link opens in it.
 */

export type Theme = 'system' | 'light' | 'dark';
export type TemperatureUnit = 'K' | 'C';

const KEY = 'crucible.prefs';

function load(): { theme: Theme; temperature: TemperatureUnit } {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, unknown>;
    return {
      theme: stored.theme === 'light' || stored.theme === 'dark' ? stored.theme : 'system',
      temperature: stored.temperature === 'C' ? 'C' : 'K',
    };
  } catch {
    return { theme: 'system', temperature: 'K' };
  }
}

export const prefs = $state(load());

/** Saves the preferences and applies the theme to the document. */
export function savePrefs(): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(prefs));
  } catch {
    /* not persisted */
  }
  applyTheme();
}

/** Sets `data-theme` on <html> from the preference (system: left to the media query). */
export function applyTheme(): void {
  const root = document.documentElement;
  if (prefs.theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', prefs.theme);
}
