// @ts-check
// Which pages a client accepts: its allowed origins (CORS and web origins), callback URLs and logout URLs.
// Matching follows Auth0's rules: the scheme and host compare without case (RFC 3986 §6.2.2.1: they are
// case-insensitive), while the port, path, trailing slash and query compare exactly, character for character
// (a path is case-sensitive, and Auth0 documents no normalisation of it). Auth0's one wildcard is a `*` as the whole
// leftmost label of the host (`https://*.example.com/cb`), standing for exactly one label, never in a scheme, port or
// path (https://auth0.com/docs/get-started/applications/wildcards-for-subdomains); config.js refuses any other `*`.
// `any_localhost_port` adds every page on this machine, on any port: the emulator's stand-in for a development
// tenant that lists each local port in use. It is not an Auth0 setting (Auth0 has no wildcard in a port).

/** @typedef {import('./config.js').ClientConfig} ClientConfig */

/** Loopback host names as `URL#hostname` spells them. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
/** scheme `://` authority, then the rest (path, query). */
const PARTS = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^/?#]*)(.*)$/s;

/**
 * A URL as a client may hand it over: it parses, is http(s), has no user info, fragment, backslash, control or space
 * characters (anything the parser would rewrite), so the string redirected to is the string checked.
 * @param {string} value
 */
function plainWebUrl(value) {
  if (typeof value !== 'string' || /[\\#\s]/.test(value)) return undefined;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return undefined;
  }
  let url;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const web = url.protocol === 'http:' || url.protocol === 'https:';
  return web && !url.username && !url.password && !PARTS.exec(value)?.[2].includes('@') ? url : undefined;
}

/**
 * Does `given` match the registered `pattern` as Auth0 matches it? Scheme and authority without case, one `*` as the
 * leftmost host label for one label, the rest exact.
 * @param {string} pattern @param {string} given
 */
export function urlMatches(pattern, given) {
  if (!plainWebUrl(given)) return false;
  const p = PARTS.exec(pattern);
  const g = PARTS.exec(given);
  if (!p || !g) return false;
  if (p[1].toLowerCase() !== g[1].toLowerCase() || p[3] !== g[3]) return false;
  const pAuth = p[2].toLowerCase();
  const gAuth = g[2].toLowerCase();
  if (!pAuth.includes('*')) return pAuth === gAuth;
  // `*.rest`: only as the whole first label, one label for it, and at least two labels after it.
  if (!/^\*\.[^*]+\.[^*]+$/.test(pAuth)) return false;
  const dot = gAuth.indexOf('.');
  const label = gAuth.slice(0, dot);
  return dot > 0 && /^[a-z0-9-]+$/.test(label) && gAuth.slice(dot) === pAuth.slice(1);
}

/** An origin (`scheme://host[:port]`, nothing after) against a registered one: without case, `*` as above. */
/** @param {string} pattern @param {string} origin */
function originMatches(pattern, origin) {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]+$/.test(origin) && urlMatches(pattern, origin);
}

/**
 * A URL of this machine, written in its canonical form, without a fragment. Any port, http or https.
 * @param {string} value
 */
function loopbackUrl(value) {
  const url = plainWebUrl(value);
  return url && LOOPBACK_HOSTS.has(url.hostname) ? url : undefined;
}

/** @param {ClientConfig} client @param {string} url */
const anyLocalPage = (client, url) => client.any_localhost_port === true && loopbackUrl(url)?.href === url;

/**
 * May a page of this origin call the client's endpoints from a browser (Allowed Origins (CORS) and Allowed Web Origins)?
 * @param {ClientConfig} client @param {string|undefined} origin the request's `Origin` header
 */
export function allowsOrigin(client, origin) {
  if (!origin) return false;
  return client.allowed_origins.some((o) => originMatches(o, origin))
    || (client.any_localhost_port === true && loopbackUrl(origin)?.origin === origin);
}

/** Is this `redirect_uri` one of the client's Allowed Callback URLs? @param {ClientConfig} client @param {string} url */
export function allowsCallback(client, url) {
  return client.callbacks.some((c) => urlMatches(c, url)) || anyLocalPage(client, url);
}

/** Is this `returnTo` one of the client's Allowed Logout URLs? @param {ClientConfig} client @param {string} url */
export function allowsLogoutUrl(client, url) {
  return client.allowed_logout_urls.some((u) => urlMatches(u, url)) || anyLocalPage(client, url);
}
