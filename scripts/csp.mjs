/**
 * The Content-Security-Policy of the built app, and a Vite plugin that writes it into
 * `dist/index.html` as a meta tag (build only: the dev server's hot reload needs inline styles
 * and a WebSocket that the built app never uses). `vite preview` sends it as a header too, with
 * the directives a meta tag cannot carry.
 *
 * What each source is for:
 * - script-src 'self': the bundle and its lazily loaded chunks; no inline script, no eval.
 * - worker-src 'self': the model, stability-map and 3D render workers (module workers from dist/)
 *   and the service worker `sw.js` that keeps the app usable offline.
 * - default-src 'self': also covers the web app manifest (manifest-src).
 * - style-src 'self': the CSS files (no inline style element); style-src-attr 'unsafe-inline':
 *   the style attributes in KaTeX's HTML output and in the components' markup.
 * - font-src 'self' data:: KaTeX fonts (Vite inlines the smallest ones as data: URLs).
 * - img-src 'self' data: blob:: the favicon and the PNG/SVG exports of plots and 3D views.
 * - connect-src 'self': module preloads and chunk fetches.
 * WebGL (three.js on an OffscreenCanvas in a worker) needs no directive.
 */

/** Directives valid in a meta tag. */
export const metaDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'worker-src': ["'self'"],
  'style-src': ["'self'"],
  'style-src-attr': ["'unsafe-inline'"],
  'font-src': ["'self'", 'data:'],
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** Directives only an HTTP header can carry (a meta tag ignores them). */
export const headerOnlyDirectives = {
  'frame-ancestors': ["'none'"],
};

/** Serialises directives as a policy string. */
export function policyOf(directives) {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The policy of the meta tag in dist/index.html. */
export const metaPolicy = policyOf(metaDirectives);

/** The policy a host should send as the Content-Security-Policy header. */
export const headerPolicy = policyOf({ ...metaDirectives, ...headerOnlyDirectives });

/** Headers a host should send with the built app (README lists them). */
export const hostHeaders = {
  'Content-Security-Policy': headerPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Vite plugin: puts the meta policy right after the charset in <head> of the built index.html. */
export function cspMeta() {
  return {
    name: 'crucible-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/(<meta charset="UTF-8" \/>)/, `$1\n    <meta http-equiv="Content-Security-Policy" content="${metaPolicy}" />`),
    },
  };
}
