/**
 * The URL hash as the single source of shareable state: `#/<page>?key=value&...`.
 * Parsing never evaluates anything: values stay strings until the model's schema validates them.
 */

/** A parsed hash: the page (model id, or '' for the landing page) and its query values. */
export interface HashRoute {
  page: string;
  query: Record<string, string>;
}

const pagePattern = /^[a-z][a-z0-9-]{0,40}$/;

/** Parses `location.hash` (with or without the leading '#'). Unusable parts are dropped. */
export function parseHash(hash: string): HashRoute {
  const body = hash.replace(/^#/, '').replace(/^\//, '');
  const q = body.indexOf('?');
  const pageText = decodeURIComponentSafe(q < 0 ? body : body.slice(0, q));
  const page = pagePattern.test(pageText) ? pageText : '';
  const query: Record<string, string> = {};
  if (q >= 0) {
    for (const [k, v] of new URLSearchParams(body.slice(q + 1))) {
      if (k.length > 0 && k.length <= 40 && v.length <= 2000) query[k] = v;
    }
  }
  return { page, query };
}

/** Formats a route as a hash string starting with '#/'. Keys keep the order given. */
export function formatHash(route: HashRoute): string {
  const qs = new URLSearchParams(route.query).toString();
  return `#/${route.page}${qs ? '?' + qs : ''}`;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}
