import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { FIXTURES } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A route the test adds: path → handler. */
export type Route = (req: IncomingMessage, res: ServerResponse) => void;

/** A static server for fixture pages on 127.0.0.1 at a free port. */
export interface FixtureServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** A URL on another hostname that resolves to the same server (for per-site tests). */
  url(path: string, host?: string): string;
  route(path: string, handler: Route): void;
  close(): Promise<void>;
}

/** Starts a fixture server. Hostnames other than 127.0.0.1 work through Chromium's host resolver rules. */
export async function startServer(root = FIXTURES): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const route = routes.get(path);
    if (route) return route(req, res);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path, host = '127.0.0.1') => `http://${host}:${port}${path}`,
    route: (path, handler) => void routes.set(path, handler),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
