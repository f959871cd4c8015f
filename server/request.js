// @ts-check
// What the handler reads from the request itself rather than its body: the client's address and the origin the
// browser used (both trusting a proxy's X-Forwarded-* headers only when told to), and whether that origin is
// https (which decides the cookies' Secure and names).

import ipaddr from 'ipaddr.js';

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */

/** This machine's host names: the only ones where plain http is allowed (the emulator, local development). */
export const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The value a trusted proxy hop wrote in a comma-separated X-Forwarded-* header: proxies that append put the
 * outermost trusted hop's value `trustProxy` entries from the right; a proxy that overwrites leaves one value.
 * Undefined when the proxy is not trusted or the header is absent.
 * @param {ResolvedOptions} options @param {Request} request @param {string} name
 */
function forwarded(options, request, name) {
  if (options.trustProxy <= 0) return undefined;
  const hops = (request.headers.get(name) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return hops.length ? hops[Math.max(0, hops.length - options.trustProxy)] : undefined;
}

/** A host and optional port, nothing else (no path, credentials or query to smuggle into the origin). */
const FORWARDED_HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The origin the browser used. Behind a TLS-terminating proxy the request reaches Node as `http://host`, while
 * the browser sent `Origin: https://host`: with `trustProxy`, the trusted hop's X-Forwarded-Proto and
 * X-Forwarded-Host say what the browser used. Without it, forwarded headers change nothing (any client can send
 * them).
 * @param {ResolvedOptions} options @param {Request} request
 */
export function requestOrigin(options, request) {
  const url = new URL(request.url);
  const proto = forwarded(options, request, 'x-forwarded-proto')?.toLowerCase();
  const host = forwarded(options, request, 'x-forwarded-host');
  if (proto !== undefined && proto !== 'http' && proto !== 'https') return url.origin;
  if (host !== undefined && !FORWARDED_HOST.test(host)) return url.origin;
  try {
    return new URL(`${proto ?? url.protocol.slice(0, -1)}://${host ?? url.host}`).origin;
  } catch {
    return url.origin;
  }
}

/**
 * The client IP: from X-Forwarded-For only when the proxy is trusted (counting hops from the right, so a
 * client-supplied header cannot choose it), else from the adapter (socket address), else undefined.
 * @param {ResolvedOptions} options @param {Request} request @param {string} [socketIp]
 */
export function clientIp(options, request, socketIp) {
  if (options.trustProxy > 0) {
    const hops = (request.headers.get('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const ip = hops[hops.length - options.trustProxy];
    if (ip && /^[0-9A-Fa-f:.]{2,45}$/.test(ip)) return ip;
  }
  return socketIp || undefined;
}

/**
 * What the throttles count an address as: an IPv4 address itself, an IPv6 address by its /64 (one customer's
 * network: anyone with IPv6 has 2^64 addresses to rotate through, and an ISP hands out at least a /64), an IPv4
 * address carried in IPv6 (IPv4-mapped `::ffff:a.b.c.d`, or NAT64's `64:ff9b::/96`) as that IPv4 address.
 * Any spelling of one address gives one key (ipaddr.js: pure JavaScript, so it runs on every Fetch-API runtime).
 * Something that is no address at all (only a misconfigured proxy sends that) counts as itself.
 * @param {string} ip
 */
export function throttleAddress(ip) {
  const bare = ip.trim().replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  let address;
  try {
    address = ipaddr.parse(bare);
  } catch {
    return bare.toLowerCase();
  }
  if (address.kind() === 'ipv4') return address.toString();
  const v6 = /** @type {import('ipaddr.js').IPv6} */ (address);
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().toString();
  if (v6.range() === 'rfc6052') return ipaddr.fromByteArray(v6.toByteArray().slice(12)).toString();
  return `${v6.parts.slice(0, 4).map((part) => part.toString(16)).join(':')}::/64`;
}

/**
 * Whether cookies for this request get `Secure` (auto: everywhere except plain http on a loopback host).
 * @param {ResolvedOptions} options @param {Request} request
 */
export function isSecure(options, request) {
  if (options.cookie.secure !== 'auto') return options.cookie.secure;
  const url = new URL(requestOrigin(options, request));
  return !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
}
