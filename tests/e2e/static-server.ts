/**
 * A tiny static file server for the end-to-end tests of offline use and sub-path deployment:
 * serves dist/ under a path prefix (e.g. /crucible/) with the host headers README recommends,
 * records every request, can append bytes to sw.js (a "new deployment") and can go down
 * (every connection is dropped), so a test can tell what came from the network.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { hostHeaders } from '../../scripts/csp.mjs';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.webmanifest': 'application/manifest+json',
};

/** A running server: its URL (ending in the prefix), the requested paths, and switches for a test. */
export interface StaticServer {
  url: string;
  /** Path (with query) of every request received, in order. */
  requests: string[];
  /** Bytes appended to sw.js, standing for a new deployment; '' serves the file as built. */
  swSuffix: string;
  /** When true every connection is dropped without an answer, as if the host were unreachable. */
  down: boolean;
  close(): Promise<void>;
}

/** Serves directory `root` at `http://127.0.0.1:<free port><prefix>`; `prefix` starts and ends with '/'. */
export async function serveStatic(root: string, prefix: string): Promise<StaticServer> {
  const state = { requests: [] as string[], swSuffix: '', down: false };
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    state.requests.push(path);
    if (state.down) {
      req.socket.destroy();
      return;
    }
    const pathname = decodeURIComponent(path.split('?')[0] ?? '/');
    if (!pathname.startsWith(prefix)) {
      res.writeHead(404).end('outside the deployment path');
      return;
    }
    const relative = normalize(pathname.slice(prefix.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
    const file = join(root, relative.endsWith('/') ? `${relative}index.html` : relative);
    readFile(file).then(
      (body) => {
        const content = relative === 'sw.js' ? Buffer.concat([body, Buffer.from(state.swSuffix)]) : body;
        res.writeHead(200, { ...hostHeaders, 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
        res.end(content);
      },
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
