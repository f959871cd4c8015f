// @ts-check
// Where a magic link returns to: only a path on this site (never an open redirect), with the outcome for the
// element appended to its query.
import { CONTROL } from '../protocol/identifiers.js';
import { allowedOrigins } from './csrf.js';

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */

const BASE = 'http://return.invalid';

/**
 * A same-site path to return to: starts with exactly one `/`, no backslash, no control characters, and stays
 * on this origin once resolved. Anything else gives null (the caller falls back on loginUrl).
 * @param {unknown} raw
 * @returns {string|null}
 */
export function safeReturnPath(raw) {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) return null;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\') || CONTROL.test(raw)) return null;
  try {
    const url = new URL(raw, BASE);
    if (url.origin !== BASE) return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}

/**
 * Where a link returns: the body's returnTo if it is a safe relative path, else the calling page (Referer,
 * when it is an allowed origin and not the handler itself), else loginUrl.
 * @param {ResolvedOptions} options @param {Request} request @param {unknown} requested
 */
export function returnPathFor(options, request, requested) {
  const own = safeReturnPath(requested);
  if (own) return own;
  const referer = request.headers.get('referer');
  if (referer) {
    try {
      const url = new URL(referer);
      if (allowedOrigins(options, request).includes(url.origin) && !url.pathname.startsWith(`${options.basePath}/`)) {
        const path = safeReturnPath(`${url.pathname}${url.search}`);
        if (path) return path;
      }
    } catch {
      // ignore a malformed Referer
    }
  }
  return options.loginUrl;
}

/**
 * Appends the outcome for the element to a return path, keeping the path's own query.
 * @param {string} returnTo a path from safeReturnPath, or an absolute loginUrl
 * @param {Record<string, string>} params
 */
export function withParams(returnTo, params) {
  const url = new URL(returnTo, BASE);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : url.href;
}
