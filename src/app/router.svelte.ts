/**
 * The current hash route as reactive state. Model pages replace the query in place
 * (history.replaceState) as parameters change, so the address bar is always a share link.
 */
import { formatHash, parseHash, type HashRoute } from './url';

export const route: HashRoute = $state(parseHash(typeof location !== 'undefined' ? location.hash : ''));

/** Starts following `hashchange` (back/forward, edited address). Returns a stop function. */
export function followHash(): () => void {
  const onChange = () => Object.assign(route, parseHash(location.hash));
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** Navigates to a page (pushes a history entry). */
export function navigate(page: string, query: Record<string, string> = {}): void {
  location.hash = formatHash({ page, query });
}

/** Replaces the current query without a history entry or a hashchange. */
export function replaceQuery(query: Record<string, string>): void {
  const hash = formatHash({ page: route.page, query });
  if (hash !== location.hash) history.replaceState(history.state, '', hash);
  route.query = query;
}
