/**
 * A tiny static server for dist/ on a free loopback port: what any static host does, nothing more
 * (directory index, 404 page with status 404, no compression, no caching headers to vary results).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.cff': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  /** Origin with trailing slash, e.g. "http://127.0.0.1:40123/". */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Map a URL path to a file under `dir`, or undefined (also for paths escaping `dir`). */
export function resolveFile(dir: string, urlPath: string): string | undefined {
  let p: string;
  try {
    p = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return undefined;
  }
  const full = normalize(join(dir, p));
  if (full !== dir && !full.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return undefined;
  if (existsSync(full) && statSync(full).isFile()) return full;
  const index = join(full, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

/**
 * Stream a file into the response. A file gone between lookup and read (a test's folder removed while the browser
 * still fetched the favicon) ends that response instead of throwing an unhandled 'error' in the test run.
 */
function send(file: string, res: ServerResponse): void {
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

export async function serveStatic(dir: string): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    const path = url.split('?')[0]!;
    // Directory without trailing slash: redirect like static hosts do (the site uses trailingSlash: 'always').
    const file = resolveFile(dir, url);
    if (file && file.endsWith(`${sep}index.html`) && !path.endsWith('/') && !path.endsWith('.html')) {
      res.writeHead(301, { location: `${path}/` });
      res.end();
      return;
    }
    if (!file) {
      const notFound = join(dir, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      if (existsSync(notFound)) send(notFound, res);
      else res.end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    if (req.method === 'HEAD') res.end();
    else send(file, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
