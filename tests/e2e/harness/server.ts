import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

// Serves test fixtures and the demo page from 127.0.0.1 only. Routes may add headers
// (a strict CSP, say) by a sidecar "<name>.headers.json" beside the file.
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Serves a page made in the test itself, at /generated/<name>. */
  put(name: string, html: string, headers?: Record<string, string>): string;
  close(): Promise<void>;
}

const isHeaders = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && Object.values(v).every((h) => typeof h === 'string');

export async function startServer(roots: string[]): Promise<FixtureServer> {
  const generated = new Map<string, { html: string; headers: Record<string, string> }>();
  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/favicon.ico') {
      // Browsers ask for it on their own; a 404 would show up as a console error.
      res.writeHead(204);
      res.end();
      return;
    }
    const made = generated.get(path);
    if (made) {
      res.writeHead(200, { 'content-type': TYPES['.html'], ...made.headers });
      res.end(made.html);
      return;
    }
    for (const root of roots) {
      const file = resolve(root, '.' + normalize(path));
      if (!file.startsWith(resolve(root))) break;
      try {
        const body = await readFile(file);
        let headers: Record<string, string> = {};
        try {
          const sidecar: unknown = JSON.parse(await readFile(file + '.headers.json', 'utf8'));
          if (isHeaders(sidecar)) headers = sidecar;
        } catch {
          // no sidecar: no extra headers
        }
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
        res.end(body);
        return;
      } catch {
        // try the next root
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  };
  // A request that fails (a malformed path) is answered, not left as an unhandled rejection.
  const server: Server = createServer((req, res) => {
    serve(req, res).catch((e: unknown) => {
      console.error('fixture server:', e);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => origin + (path.startsWith('/') ? path : '/' + path),
    put(name, html, headers = {}) {
      const path = join('/generated', name);
      generated.set(path, { html, headers });
      return origin + path;
    },
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
