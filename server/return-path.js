// @ts-check
// Where a magic link returns to: only a path on this site (never an open redirect), with the outcome for the
// element appended to its query. Checked twice: the value as given, and the path it resolves to (dot segments,
// `%2e`, trailing `?`), which is what finally goes into the Location header.
import { CONTROL } from '../protocol/identifiers.js';
import { allowedOrigins } from './csrf.js';

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */

const BASE = 'http://return.invalid';
const MAX_LENGTH = 2048;
/** Starts with exactly one `/`, then not `/`, `\` or their percent-encodings (which some servers decode). */
const ONE_SLASH = /^\/(?![/\\]|%2f|%5c)/i;
/** What the URL parser writes for a path, query and fragment: printable ASCII, never a backslash. */
const SERIALISED = /^[\x21-\x5b\x5d-\x7e]*$/;

/**
 * True when a path, written as is into a Location header, stays on this site: one leading `/`, printable ASCII
 * with no backslash (so nothing for a browser to strip or turn into `/`), and re-parsing it against the origin
 * keeps the origin and gives back the same path (so the browser sees exactly what was checked).
 * @param {string} path
 */
function staysOnSite(path) {
  if (path.length > MAX_LENGTH || !ONE_SLASH.test(path) || !SERIALISED.test(path)) return false;
  try {
    const url = new URL(path, BASE);
    return url.origin === BASE && `${url.pathname}${url.search}${url.hash}` === path;
  } catch {
    return false;
  }
}

/**
 * A same-site path to return to. The raw value must start with exactly one `/` and have no backslash and no
 * control characters; the path it resolves to (after `..`, `%2e%2e`, …) must pass the same rules and stay on
 * this origin (`/..//evil.example` resolves to `//evil.example`: refused). Anything else gives null (the caller
 * falls back on loginUrl).
 * @param {unknown} raw
 * @returns {string|null}
 */
export function safeReturnPath(raw) {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_LENGTH) return null;
  if (!ONE_SLASH.test(raw) || raw.includes('\\') || CONTROL.test(raw)) return null;
  try {
    const url = new URL(raw, BASE);
    if (url.origin !== BASE) return null;
    const path = `${url.pathname}${url.search}${url.hash}`;
    return staysOnSite(path) ? path : null;
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
        // The Referer's path goes through the same checks (`//evil.example/x` on an allowed origin is refused).
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
 * Appends the outcome for the element to a return path, keeping the path's own query. An absolute http(s) URL
 * (a loginUrl the site configured) keeps its origin; anything else must be a safe path, checked again here and
 * after the parameters are added, or the outcome goes to `/`: a Location from here never leaves the site.
 * @param {string} returnTo a path from safeReturnPath, or an absolute loginUrl
 * @param {Record<string, string>} params
 */
export function withParams(returnTo, params) {
  if (/^https?:\/\//.test(returnTo)) {
    const url = new URL(returnTo);
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    return url.href;
  }
  for (const base of [safeReturnPath(returnTo), '/']) {
    if (base === null) continue;
    const url = new URL(base, BASE);
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    const path = `${url.pathname}${url.search}${url.hash}`;
    if (staysOnSite(path)) return path;
  }
  return '/';
}
