// @ts-check
// What the handler reads from the request itself rather than its body: the client's address (trusting a proxy
// only when told to) and whether the request came over https (which decides the cookies' Secure and names).

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */

/** This machine's host names: the only ones where plain http is allowed (the emulator, local development). */
export const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

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
 * Whether cookies for this request get `Secure` (auto: everywhere except plain http on a loopback host).
 * @param {ResolvedOptions} options @param {Request} request
 */
export function isSecure(options, request) {
  if (options.cookie.secure !== 'auto') return options.cookie.secure;
  const url = new URL(request.url);
  return !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
}
