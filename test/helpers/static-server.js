// @ts-check
// A tiny static file server on localhost, for pages that load the built dist/ as a user's site would.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json', '.css': 'text/css', '.png': 'image/png' };

/**
 * @param {{ root: string, pages?: Record<string, string>, port?: number }} options pages: path → HTML served as is
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export function startStaticServer({ root, pages = {}, port = 0 }) {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (pages[path] !== undefined) {
      response.writeHead(200, { 'content-type': TYPES['.html'] });
      response.end(pages[path]);
      return;
    }
    await sendFile(response, root, path);
  });
  return new Promise((resolve) => {
    server.listen(port, 'localhost', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ url: `http://localhost:${actual}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/**
 * Answers with the file at `path` under `root`: 403 for a path that leaves it, 404 for one that is not there.
 * @param {import('node:http').ServerResponse} response @param {string} root @param {string} path
 */
export async function sendFile(response, root, path) {
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) return void response.writeHead(403).end();
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
}
