// @ts-check
// Response helpers: JSON with no-store, the fixed error shape, bounded JSON body reading.

/** @typedef {import('../protocol/error-codes.js').LoginErrorCode} LoginErrorCode */

export const NO_STORE = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
export const MAX_BODY_BYTES = 16 * 1024;

/**
 * @param {number} status @param {unknown} body @param {Record<string, string>} [headers]
 */
export function json(status, body, headers = {}) {
  return new Response(JSON.stringify(body), { status, headers: { ...NO_STORE, 'Content-Type': 'application/json; charset=utf-8', ...headers } });
}

/**
 * `{ "error": code }` (and the fields of `body`), plus Retry-After when given.
 * @param {number} status @param {LoginErrorCode} code
 * @param {{ retryAfter?: number, headers?: Record<string, string>, body?: Record<string, unknown> }} [extra]
 */
export function errorResponse(status, code, extra = {}) {
  const headers = { ...(extra.headers ?? {}) };
  if (extra.retryAfter) headers['Retry-After'] = String(Math.ceil(extra.retryAfter));
  return json(status, { error: code, ...extra.body }, headers);
}

/** @param {Record<string, string>} [headers] @param {string[]} [cookies] */
export function noContent(headers = {}, cookies = []) {
  const h = new Headers({ ...NO_STORE, ...headers });
  for (const c of cookies) h.append('Set-Cookie', c);
  return new Response(null, { status: 204, headers: h });
}

/**
 * Reads a body of at most 16 KB.
 * @param {Request} request
 * @returns {Promise<{ ok: true, bytes: Uint8Array } | { ok: false, status: number }>}
 */
export async function readBytes(request) {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) return { ok: false, status: 413 };
  if (!request.body) return { ok: false, status: 400 };
  const reader = request.body.getReader();
  /** @type {Uint8Array[]} */
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => {});
      return { ok: false, status: 413 };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, bytes };
}

/**
 * Reads a JSON object body of at most 16 KB.
 * @param {Request} request
 * @returns {Promise<{ ok: true, data: Record<string, unknown> } | { ok: false, status: number }>}
 */
export async function readJson(request) {
  const body = await readBytes(request);
  if (!body.ok) return body;
  const { bytes } = body;
  try {
    const data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, status: 400 };
    return { ok: true, data };
  } catch {
    return { ok: false, status: 400 };
  }
}

/**
 * A redirect with Set-Cookie headers.
 * @param {string} location @param {string[]} cookies
 */
export function redirect(location, cookies) {
  const headers = new Headers({ ...NO_STORE, Location: location, 'Referrer-Policy': 'no-referrer' });
  for (const c of cookies) headers.append('Set-Cookie', c);
  return new Response(null, { status: 302, headers });
}
