/**
 * The current hash route as reactive state. Model pages replace the query in place
 * (history.replaceState) as parameters change, so the address bar is always a share link.
 */
import { formatHash, parseHash, type HashRoute } from './url';

export const route: HashRoute = $state(parseHash(typeof location !== 'undefined' ? location.hash : ''));

/** Reads the current hash into `route` (call before pages mount). */
export function syncRoute(): void {
  Object.assign(route, parseHash(location.hash));
}

/** Reads the current hash, then follows `hashchange` (back/forward, edited address). Returns a stop function. */
export function followHash(): () => void {
  const onChange = syncRoute;
  onChange();
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** Replaces the current query without a history entry or a hashchange. */
export function replaceQuery(query: Record<string, string>): void {
  const hash = formatHash({ page: route.page, query });
  if (hash !== location.hash) history.replaceState(history.state, '', hash);
  route.query = query;
}
