import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export const contentTypeOf = (file: string): string =>
  CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

interface Route {
  body: string | Buffer;
  contentType: string;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>`: matches the test build's content-script pattern. */
  origin: string;
  url(pathAndQuery: string): string;
  /** Serves generated content (e.g. a practice `script` timeline) at `pathname`; objects become JSON. */
  route(pathname: string, body: string | Buffer | object, contentType?: string): string;
  close(): Promise<void>;
}

/** A tiny static server on 127.0.0.1 with a random port: a build folder plus in-memory routes. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const routes = new Map<string, Route>();
  const server = createServer((req, res) => void handle(base, routes, req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (pathAndQuery) => new URL(pathAndQuery, origin).href,
    route(pathname, body, contentType) {
      const isJson = typeof body === 'object' && !Buffer.isBuffer(body);
      routes.set(pathname, {
        body: isJson ? JSON.stringify(body) : body,
        contentType: contentType ?? (isJson ? CONTENT_TYPES['.json']! : contentTypeOf(pathname)),
      });
      return new URL(pathname, origin).href;
    },
    close: () =>
      new Promise<void>((resolve) => {
        // Browsers keep connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(root: string, routes: Map<string, Route>, req: IncomingMessage, res: ServerResponse) {
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const headers = { 'cache-control': 'no-store' };
  const route = routes.get(pathname);
  if (route) {
    res.writeHead(200, { ...headers, 'content-type': route.contentType }).end(route.body);
    return;
  }
  const file = await fileFor(root, pathname);
  if (!file) {
    res.writeHead(404, { ...headers, 'content-type': CONTENT_TYPES['.txt'] }).end('not found');
    return;
  }
  res.writeHead(200, { ...headers, 'content-type': contentTypeOf(file) });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

/** The file to serve, or undefined; never a path outside `root`. */
async function fileFor(root: string, pathname: string): Promise<string | undefined> {
  let file = path.resolve(root, `.${pathname}`);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    file = path.join(file, 'index.html');
    return (await stat(file).catch(() => undefined))?.isFile() ? file : undefined;
  }
  return info?.isFile() ? file : undefined;
}
