// @ts-check
// A static file server on localhost for the benchmark: several folders under URL prefixes, plus fixed responses
// (pages, Auth0 Lock's JSONP stand-ins). No caching headers: every run loads cold. No compression on loopback; with
// `gzip` (the throttled runs, where bytes cost time as on a real network) every answer is gzipped, once per path.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import { closeServer, listenLoopback } from '../../emulator/listen.js';

const TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
});

/**
 * @param {{ mounts: Record<string, string>, fixed: Record<string, { type: string, body: string }>, port?: number, gzip?: boolean }} options
 *   mounts: URL prefix (e.g. "/dist/") → folder; fixed: exact path (query ignored) → response
 * @returns {Promise<{ url: string, fileFor(url: string): string | null, close(): Promise<void> }>}
 */
export async function startServer({ mounts, fixed, port: wanted = 0, gzip = false }) {
  /** @type {Map<string, Buffer>} */
  const gzipped = new Map();
  /** @param {import('node:http').ServerResponse} response @param {string} path @param {string} type @param {string | Buffer} body */
  const send = (response, path, type, body) => {
    if (!gzip) return void response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    let zipped = gzipped.get(path);
    if (!zipped) gzipped.set(path, (zipped = gzipSync(body, { level: 9 })));
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'content-encoding': 'gzip' }).end(zipped);
  };
  /** @param {string} path */
  const fileFor = (path) => {
    for (const [prefix, folder] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(folder, decodeURIComponent(path.slice(prefix.length))));
      return file.startsWith(normalize(folder)) ? file : null;
    }
    return null;
  };
  /** @type {import('../../emulator/listen.js').Handler} */
  const handler = async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const page = fixed[path];
    if (page) {
      send(response, path, page.type, page.body);
      return;
    }
    const file = fileFor(path);
    if (!file) return void response.writeHead(404).end();
    try {
      send(response, path, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      response.writeHead(404).end();
    }
  };
  const { servers, port } = await listenLoopback(handler, wanted);
  return {
    url: `http://localhost:${port}`,
    fileFor: (url) => fileFor(new URL(url).pathname),
    close: async () => {
      await Promise.all(servers.map(closeServer));
    },
  };
}
