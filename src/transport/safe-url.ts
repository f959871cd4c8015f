// URL attributes are an injection surface: host pages often fill them from query strings (Lock's CVE-2019-20174).
// Only http(s) is ever used, never `javascript:`, `data:` or a scheme-relative `//host`.

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function parse(value: string): URL | null {
  const raw = value.trim();
  // `//evil.example` and `\\evil.example` look relative but leave the site.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  if (!raw || /^[\\/]{2}/.test(raw) || /[\u0000-\u001f\\]/.test(raw)) return null;
  try {
    const url = new URL(raw, location.href);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) return null;
    return url;
  } catch {
    return null;
  }
}

/** Where Auth0 may send the person back: https, or http on this page's origin or loopback; no fragment. */
export function safeRedirectUri(value: string): string | null {
  const url = parse(value);
  if (!url || url.hash) return null;
  if (url.protocol === 'http:' && url.origin !== location.origin && !LOOPBACK.has(url.hostname)) return null;
  return url.href;
}

/** The backend handler's path: on this page's own origin only (it receives the identifier and the code). */
export function sameOriginEndpoint(value: string): string | null {
  const url = parse(value);
  if (!url || url.origin !== location.origin || url.search || url.hash) return null;
  return url.pathname.replace(/\/+$/, '');
}
