// @ts-check
// Small HTTP helpers: the request/reply shapes every route uses, body parsing and cookies.
// Routes return a Reply instead of writing to the socket, so fault injection can act before
// or after a route ran (e.g. "do the work, then lose the answer").

/**
 * @typedef {object} Req
 * @property {string} method
 * @property {string} path
 * @property {URLSearchParams} query
 * @property {import('node:http').IncomingHttpHeaders} headers
 * @property {string|undefined} origin the Origin header, if any
 * @property {string} ip the socket's remote address (X-Forwarded-For is ignored on purpose)
 * @property {Record<string, string>} cookies
 * @property {Buffer} body raw body ("" for GET)
 */
/**
 * @typedef {object} Reply
 * @property {number} status
 * @property {Record<string, string|string[]>} headers
 * @property {string|Buffer} body
 */

export const MAX_BODY_BYTES = 64 * 1024;

/**
 * @param {number} status
 * @param {unknown} data
 * @param {Record<string, string|string[]>} [headers]
 * @returns {Reply}
 */
export function json(status, data, headers = {}) {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers }, body: safeJson(data) };
}

/**
 * JSON.stringify with `<`, `>` and `&` written as \u escapes: the same JSON, but an echoed `<script>` (in an error's
 * description, say) can never be read as markup by anything that sniffs or embeds the body.
 * @param {unknown} data
 */
export function safeJson(data) {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * An Auth0-shaped error body.
 * @param {number} status @param {string} error @param {string} description
 * @param {Record<string, string|string[]>} [headers]
 */
export function jsonError(status, error, description, headers) {
  return json(status, { error, error_description: description }, headers);
}

/** @param {number} status @param {string} html @param {Record<string, string|string[]>} [headers] @returns {Reply} */
export function html(status, html, headers = {}) {
  return {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      ...headers,
    },
    body: html,
  };
}

/** @param {string} location @param {Record<string, string|string[]>} [headers] @returns {Reply} */
export function redirect(location, headers = {}) {
  return { status: 302, headers: { location, 'cache-control': 'no-store', ...headers }, body: '' };
}

/** @param {number} status @param {string} text @returns {Reply} */
export function text(status, text) {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }, body: text };
}

/** @param {unknown} s */
export function escapeHtml(s) {
  return String(s).replace(/[&<>"'`=/]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** @param {string|undefined} header @returns {Record<string, string>} */
export function parseCookies(header) {
  /** @type {Record<string, string>} */
  const out = {};
  if (!header) return out;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    const name = part.slice(0, i).trim();
    if (!(name in out)) out[name] = part.slice(i + 1).trim();
  }
  return out;
}

/**
 * Parses a request body as JSON or (when allowed) form-urlencoded.
 * @param {Req} req
 * @param {{ form?: boolean, error: (description: string) => Reply }} opts
 * @returns {{ ok: true, data: Record<string, unknown> } | { ok: false, reply: Reply }}
 */
export function parseBody(req, opts) {
  const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const raw = req.body.toString('utf8');
  if (type === 'application/json') {
    let data;
    try {
      data = raw === '' ? {} : JSON.parse(raw);
    } catch {
      return { ok: false, reply: opts.error('Invalid JSON body') };
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      return { ok: false, reply: opts.error('The request body must be a JSON object') };
    }
    return { ok: true, data };
  }
  if (opts.form && type === 'application/x-www-form-urlencoded') {
    return { ok: true, data: Object.fromEntries(new URLSearchParams(raw)) };
  }
  // text/plain and multipart are "simple" CORS requests that skip the preflight: refuse them.
  const expected = opts.form ? 'application/json or application/x-www-form-urlencoded' : 'application/json';
  return { ok: false, reply: opts.error(`Content-Type must be ${expected}`) };
}

/** @param {unknown} v @returns {string|undefined} */
export function str(v) {
  return typeof v === 'string' ? v : undefined;
}
