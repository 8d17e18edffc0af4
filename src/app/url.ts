/**
 * The URL hash as the single source of shareable state: `#/<page>?key=value&...`.
 * Parsing never evaluates anything: values stay strings until the model's schema validates them.
 * Every part that cannot be used is listed in `dropped`, so the page can say what it ignored.
 */

/** Why a part of a link was dropped. */
export type DropReason = 'page' | 'empty-key' | 'long-key' | 'long-value' | 'reserved-key' | 'duplicate' | 'no-model';

/** A part of the hash that was not used: the text as given (decoded) and why. */
export interface DroppedPart {
  part: string;
  reason: DropReason;
}

/** A parsed hash: the page (model id, or '' for the landing page), its query values, and what was dropped. */
export interface HashRoute {
  page: string;
  query: Record<string, string>;
  dropped: DroppedPart[];
}

/** Longest query key, in characters. */
export const MAX_KEY_CHARS = 40;
/** Longest query value, in characters. */
export const MAX_VALUE_CHARS = 2000;

const pagePattern = /^[a-z][a-z0-9-]{0,40}$/;

/** Parses `location.hash` (with or without the leading '#'). Unusable parts are dropped and listed. */
export function parseHash(hash: string): HashRoute {
  const body = hash.replace(/^#/, '').replace(/^\//, '');
  const q = body.indexOf('?');
  const pageText = decodeURIComponentSafe(q < 0 ? body : body.slice(0, q));
  const dropped: DroppedPart[] = [];
  const page = pagePattern.test(pageText) ? pageText : '';
  if (page === '' && pageText !== '') dropped.push({ part: pageText, reason: 'page' });
  const query: Record<string, string> = {};
  if (q >= 0) {
    for (const [k, v] of new URLSearchParams(body.slice(q + 1))) {
      const reason = queryDropReason(k, v, query);
      if (reason) dropped.push({ part: k, reason });
      else query[k] = v;
    }
  }
  return { page, query, dropped };
}

function queryDropReason(key: string, value: string, kept: Record<string, string>): DropReason | null {
  if (key.length === 0) return 'empty-key';
  if (key.length > MAX_KEY_CHARS) return 'long-key';
  // The one name an object literal cannot hold as a plain key.
  if (key === '__proto__') return 'reserved-key';
  if (value.length > MAX_VALUE_CHARS) return 'long-value';
  if (Object.hasOwn(kept, key)) return 'duplicate';
  return null;
}

/**
 * The parts of a route the page ignores, for its notice: the dropped query parts and, when no model
 * page opens (landing, lessons or unknown page), every query value except `present` and the names
 * the page reads (`reads`; the landing page reads none).
 */
export function ignoredParts(route: HashRoute, opensModel: boolean, reads: readonly string[] = []): DroppedPart[] {
  const parts = route.dropped.filter((d) => d.reason !== 'page');
  if (opensModel) return parts;
  const unread = Object.keys(route.query).filter((k) => k !== 'present' && !reads.includes(k));
  return [...parts, ...unread.map((part) => ({ part, reason: 'no-model' as const }))];
}

/** Formats a route as a hash string starting with '#/'. Keys keep the order given. */
export function formatHash(route: Pick<HashRoute, 'page' | 'query'>): string {
  const qs = new URLSearchParams(route.query).toString();
  return `#/${route.page}${qs ? '?' + qs : ''}`;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
