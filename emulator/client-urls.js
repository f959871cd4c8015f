// @ts-check
// Which pages a client accepts: its allowed origins (CORS and web origins), callback URLs and logout URLs.
// The lists match exactly, as Auth0 does for a URL without a wildcard (a port or a trailing slash matters).
// `any_localhost_port` adds every page on this machine, on any port: the emulator's stand-in for a development
// tenant that lists each local port in use. It is not an Auth0 setting: Auth0 takes `*` only in the leftmost
// subdomain label (`https://*.example.com`), never in a port, so a real tenant lists every local origin.

/** @typedef {import('./config.js').ClientConfig} ClientConfig */

/** Loopback host names as `URL#hostname` spells them. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A URL of this machine, written in its canonical form (so the string redirected to is the one checked here: no
 * user info, no tab or backslash the parser would rewrite), without a fragment. Any port, http or https.
 * @param {string} value
 */
function loopbackUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const web = url.protocol === 'http:' || url.protocol === 'https:';
  const plain = !url.username && !url.password && !url.hash && !value.includes('#');
  return web && plain && LOOPBACK_HOSTS.has(url.hostname) ? url : undefined;
}

/** @param {ClientConfig} client @param {string} url */
const anyLocalPage = (client, url) => client.any_localhost_port === true && loopbackUrl(url)?.href === url;

/**
 * May a page of this origin call the client's endpoints from a browser (Allowed Origins (CORS) and Allowed Web Origins)?
 * @param {ClientConfig} client @param {string|undefined} origin the request's `Origin` header
 */
export function allowsOrigin(client, origin) {
  if (!origin) return false;
  return client.allowed_origins.includes(origin) || (client.any_localhost_port === true && loopbackUrl(origin)?.origin === origin);
}

/** Is this `redirect_uri` one of the client's Allowed Callback URLs? @param {ClientConfig} client @param {string} url */
export function allowsCallback(client, url) {
  return client.callbacks.includes(url) || anyLocalPage(client, url);
}

/** Is this `returnTo` one of the client's Allowed Logout URLs? @param {ClientConfig} client @param {string} url */
export function allowsLogoutUrl(client, url) {
  return client.allowed_logout_urls.includes(url) || anyLocalPage(client, url);
}
