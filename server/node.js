// @ts-check
// Mounts the Fetch-API handler on Node's http server, Express or Connect.
import { Readable } from 'node:stream';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

/**
 * Builds a Fetch Request from a Node request (Express's originalUrl when mounted under a path).
 * @param {IncomingMessage & { originalUrl?: string }} req
 */
export function toRequest(req) {
  const encrypted = /** @type {{ encrypted?: boolean }} */ (req.socket).encrypted === true;
  // HTTP/2 (node:http2's compatibility API) names the host in :authority, not Host.
  const authority = /** @type {Record<string, unknown>} */ (req.headers)[':authority'];
  const host = req.headers.host ?? (typeof authority === 'string' ? authority : 'localhost');
  const url = new URL(req.originalUrl ?? req.url ?? '/', `${encrypted ? 'https' : 'http'}://${host}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (name.startsWith(':') || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  /** @type {RequestInit & { duplex?: 'half' }} */
  const init = { method, headers };
  const parsed = /** @type {{ body?: unknown }} */ (req).body;
  if (hasBody && req.readableEnded && parsed !== undefined) {
    // A body parser ran first: express.json() leaves an object, express.text() a string, express.raw() a Buffer.
    init.body = typeof parsed === 'string' ? parsed : parsed instanceof Uint8Array ? new Uint8Array(parsed) : JSON.stringify(parsed);
  } else if (hasBody) {
    init.body = /** @type {ReadableStream} */ (Readable.toWeb(req));
    init.duplex = 'half';
  }
  return new Request(url, init);
}

/**
 * Writes a Fetch Response to a Node response (each Set-Cookie on its own line).
 * @param {Response} response @param {ServerResponse} res
 */
export async function writeResponse(response, res) {
  /** @type {Record<string, string | string[]>} */
  const headers = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers['set-cookie'] = cookies;
  res.writeHead(response.status, headers);
  res.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
}

/**
 * `(req, res, next?)` for Node `http`, Express and Connect. Paths outside basePath go to `next()` when it is
 * given, else get a 404.
 * @param {((request: Request, context?: { clientIp?: string }) => Promise<Response>) & { basePath?: string }} handler
 * @param {{ basePath?: string }} [options] only for handlers not made by createPasswordlessHandler (which
 *   carry their basePath); default `/auth/passwordless`
 * @returns {(req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void}
 */
export function toNodeHandler(handler, options = {}) {
  const prefix = `/${(handler.basePath ?? options.basePath ?? '/auth/passwordless').replace(/^\/+|\/+$/g, '')}/`;
  return (req, res, next) => {
    const raw = /** @type {IncomingMessage & { originalUrl?: string }} */ (req);
    const path = (raw.originalUrl ?? raw.url ?? '/').split('?')[0];
    if (!path.startsWith(prefix)) {
      if (next) return next();
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    Promise.resolve()
      .then(() => handler(toRequest(raw), { clientIp: req.socket.remoteAddress }))
      .then((response) => writeResponse(response, res))
      .catch((error) => {
        if (next) return next(error);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
        res.end(JSON.stringify({ error: 'service_unavailable' }));
      });
  };
}
