// Where tests and offline demos load the providers' scripts from instead of the providers: the emulator's stand-ins,
// at {origin}/__emulator/stand-ins/{host}{path}{query} (the real URL with `https://` replaced). Set only by
// `useHumanCheckStandIns()` from `passwordless-login/testing`. It lives on a global symbol so that the copy of this
// module in the script-tag bundle and the one in the npm package read the same value; no server answer, attribute or
// URL of the page can set it.
const KEY = Symbol.for('passwordless-login.human-check-stand-ins');

export const STAND_IN_PATH = '/__emulator/stand-ins/';

type Registry = { [KEY]?: unknown };

/** `origin` exactly as `new URL(origin).origin` spells it (http or https), or null. */
function asOrigin(origin: unknown): string | null {
  if (typeof origin !== 'string') return null;
  try {
    const url = new URL(origin);
    return /^https?:$/.test(url.protocol) && url.origin === origin ? origin : null;
  } catch {
    return null;
  }
}

export function setStandInOrigin(origin: string | null): void {
  if (origin === null) delete (globalThis as Registry)[KEY];
  else (globalThis as Registry)[KEY] = origin;
}

/** The emulator's origin when stand-ins are in use, else null. */
export function standInOrigin(): string | null {
  return asOrigin((globalThis as Registry)[KEY]);
}

/** `https://host/path?query` → `{origin}/__emulator/stand-ins/host/path?query` while stand-ins are in use. */
export function standInFor(url: string): string {
  const origin = standInOrigin();
  return origin ? `${origin}${STAND_IN_PATH}${url.slice('https://'.length)}` : url;
}

/** The real provider URL behind a stand-in URL, or null when `url` is not one. */
export function providerBehind(url: URL): string | null {
  const origin = standInOrigin();
  if (!origin || url.origin !== origin || !url.pathname.startsWith(STAND_IN_PATH)) return null;
  return `https://${url.pathname.slice(STAND_IN_PATH.length)}${url.search}`;
}

/** For `useHumanCheckStandIns()`: the origin of `value`, which must be nothing but an http(s) origin. */
export function standInOriginOf(value: string | URL): string {
  const url = new URL(String(value));
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  if (!/^https?:$/.test(url.protocol) || !bare) {
    throw new TypeError(`useHumanCheckStandIns() takes the emulator's origin, such as http://localhost:4400 (got ${url.href})`);
  }
  return url.origin;
}
