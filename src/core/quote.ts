/**
 * Quoting user input inside one-line messages: the echo is cut to a few dozen characters and
 * escaped (newlines, quotes, control characters), so an error about a 100 KB value stays one
 * short line on stderr or on the page.
 */

/** Longest echo of a value, in characters (code points). */
export const ECHO_MAX_CHARS = 60;

/**
 * `value` (text as is, anything else as JSON) as a double-quoted, escaped string of at most
 * `max` characters; a longer one is cut, marked with "…" and followed by its full length.
 */
export function quoteInput(value: unknown, max = ECHO_MAX_CHARS): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  const chars = Array.from(text);
  if (chars.length <= max) return JSON.stringify(text);
  return `${JSON.stringify(chars.slice(0, max).join('') + '…')} (${chars.length} characters)`;
}

/** A parameter or option name as shown in a message: plain when it looks like a name, else quoted and cut. */
export function quoteName(name: string): string {
  return /^[A-Za-z_][\w.-]{0,39}$/.test(name) ? name : quoteInput(name, 40);
}
