// Which way a code login finishes in SPA mode, chosen before anything is sent (reference: the shared note
// spa-code-without-third-party-cookies.md, paths A, C and G):
// - the tenant on this page's site (a custom domain): cross-origin authentication (auth0-js passwordlessLogin, A),
//   whose session cookie is then first-party;
// - the tenant on another site: Firefox partitions and Safari blocks the cookie A needs, so the code is checked at
//   POST /passwordless/verify and finished by a top-level GET /passwordless/verify_redirect (C), which needs no
//   third-party cookie;
// - the tenant known not to finish typed codes there (it refused one before, remembered below): Auth0's own page
//   with the identifier handed over (G), chosen before any code is sent.
// Whatever was chosen, a failure once the page has left comes back as a `continue` step to G (see the transport).

/** The registrable part of a host, near enough: `login.example.com` and `www.example.com` share `example.com`. */
export function siteOf(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  // IP addresses (v4, or v6 in brackets) are their own site.
  if (/^[\d.]+$/.test(host) || host.includes(':') || host.startsWith('[')) return host;
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const [secondLevel, topLevel] = labels.slice(-2) as [string, string];
  // Without the Public Suffix List (too large to ship): a two-letter country domain with a short second level
  // (co.uk, com.au, co.jp) takes three labels. A wrong guess only costs the fallback (a continue step), never a sign-in.
  const size = topLevel.length === 2 && secondLevel.length <= 3 ? 3 : 2;
  return labels.slice(-size).join('.');
}

/** Whether the tenant (its origin) is on another site than the page: then its cookies are third-party here. */
export function tenantIsCrossSite(tenantOrigin: string, pageHostname = location.hostname): boolean {
  return siteOf(new URL(tenantOrigin).hostname) !== siteOf(pageHostname);
}

const REFUSED_PREFIX = 'passwordless-login:typed-codes-refused:';
/** How long a tenant's refusal is remembered: a tenant owner may change its settings. */
const REFUSAL_MEMORY_MS = 30 * 24 * 3600_000;

/**
 * Whether this tenant refused a typed code at verify_redirect before, in this browser. Kept in localStorage (a fact
 * about the tenant, never a token or an identifier), so the next sign-in goes to Auth0's page before sending a code.
 */
export function typedCodesRefused(tenant: string, now = Date.now()): boolean {
  try {
    const at = Number(localStorage.getItem(REFUSED_PREFIX + tenant));
    return at > 0 && now - at < REFUSAL_MEMORY_MS;
  } catch {
    return false;
  }
}

export function rememberTypedCodesRefused(tenant: string, now = Date.now()): void {
  try {
    localStorage.setItem(REFUSED_PREFIX + tenant, String(now));
  } catch {
    // storage disabled: the next sign-in learns it again
  }
}

/** What a page that leaves to finish a sign-in remembers, for its return: which way it went, and for whom. */
export interface Leaving {
  path: 'cross-origin' | 'verify-redirect' | 'link-session' | 'universal-login';
  connection: 'email' | 'sms';
  recipient: string;
  at: number;
}

const LEAVING_PREFIX = 'passwordless-login:leaving:';
/** A return later than this is not the same attempt. */
const LEAVING_LIFETIME_MS = 15 * 60_000;

/** Remembered in sessionStorage (this tab), like the resume record: the identifier, never the code or a token. */
export function rememberLeaving(key: string, leaving: Leaving): void {
  try {
    sessionStorage.setItem(LEAVING_PREFIX + key, JSON.stringify(leaving));
  } catch {
    // without storage, a failure on return shows the error step instead of the continue step
  }
}

/** What this tab remembered before it left, once (taken: a second callback is not the same attempt). */
export function takeLeaving(key: string, now = Date.now()): Leaving | null {
  try {
    const raw = sessionStorage.getItem(LEAVING_PREFIX + key);
    sessionStorage.removeItem(LEAVING_PREFIX + key);
    const leaving = raw ? (JSON.parse(raw) as Partial<Leaving>) : null;
    if (!leaving || typeof leaving.recipient !== 'string' || !leaving.recipient) return null;
    if (leaving.connection !== 'email' && leaving.connection !== 'sms') return null;
    if (typeof leaving.at !== 'number' || now - leaving.at > LEAVING_LIFETIME_MS || leaving.at > now) return null;
    const paths: Leaving['path'][] = ['cross-origin', 'verify-redirect', 'link-session', 'universal-login'];
    if (!paths.includes(leaving.path as Leaving['path'])) return null;
    return leaving as Leaving;
  } catch {
    return null;
  }
}

/**
 * The email or phone number an ID token names, for display and as `login_hint` only: the token is not verified here
 * (auth0-js refused it, e.g. its state belongs to another browser), so nothing else is read from it.
 */
export function unverifiedRecipient(
  idToken: string | null,
  expected: { issuer: string; clientId: string },
): { connection: 'email' | 'sms'; recipient: string } | null {
  const payload = idToken?.split('.')[1];
  if (!payload) return null;
  try {
    const bytes = Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0));
    const json = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
    // Only what claims to come from this tenant for this application is worth a question (the answer decides nothing).
    if (json.iss !== expected.issuer || json.aud !== expected.clientId) return null;
    if (typeof json.email === 'string' && json.email.length <= 254 && json.email.includes('@')) return { connection: 'email', recipient: json.email };
    if (typeof json.phone_number === 'string' && /^\+\d{1,15}$/.test(json.phone_number)) return { connection: 'sms', recipient: json.phone_number };
  } catch {
    // not a token
  }
  return null;
}

/**
 * A code sent inside a magic-link email (path C′): typed, it finishes at verify_redirect only with the very authParams
 * the link was sent with, so the start's state and nonce are kept (this tab, like auth0-js's own transaction).
 */
export interface LinkCode {
  recipient: string;
  state: string;
  nonce: string;
  at: number;
}

const LINK_CODE_PREFIX = 'passwordless-login:link-code:';

export function rememberLinkCode(key: string, linkCode: LinkCode): void {
  try {
    sessionStorage.setItem(LINK_CODE_PREFIX + key, JSON.stringify(linkCode));
  } catch {
    // without storage, a typed code goes the plain way (and a refusal to Auth0's page); the link still works
  }
}

/** The link-code start for this recipient, if it is the newest start of this tab and still fresh. */
export function linkCodeFor(key: string, recipient: string, now = Date.now()): LinkCode | null {
  try {
    const record = JSON.parse(sessionStorage.getItem(LINK_CODE_PREFIX + key) ?? 'null') as Partial<LinkCode> | null;
    if (!record || record.recipient !== recipient || typeof record.state !== 'string' || typeof record.nonce !== 'string') return null;
    if (typeof record.at !== 'number' || now - record.at > LEAVING_LIFETIME_MS) return null;
    return record as LinkCode;
  } catch {
    return null;
  }
}

export function forgetLinkCode(key: string): void {
  try {
    sessionStorage.removeItem(LINK_CODE_PREFIX + key);
  } catch {
    // nothing to forget
  }
}

