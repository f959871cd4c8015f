// @ts-check
// Shared setup for the server tests: an emulator with a regular web client whose secret is a canary, the
// handler under test, a cookie jar, and captured log lines and outbound Auth0 calls.
import { startEmulator, defaultConfig } from '../../emulator/index.js';
import { createPasswordlessHandler } from '../../server/index.js';

export const APP = 'http://localhost:5173';
export const CALLBACK = `${APP}/auth/passwordless/callback`;
export const CLIENT_ID = 'test-regular';
export const CANARY_SECRET = 'canary-secret-7f3a9c1e5b2d4f6a8c0e';
export const SESSION_SECRET = 'test-session-secret-0123456789-abcdefghij';

export function emulatorConfig() {
  const config = structuredClone(defaultConfig);
  config.clients.push({
    client_id: CLIENT_ID,
    client_secret: CANARY_SECRET,
    app_type: 'regular_web',
    callbacks: [CALLBACK],
    allowed_origins: [APP],
    allowed_logout_urls: [`${APP}/`],
  });
  return config;
}

/**
 * Most tests sign one person in several times in a row, faster than the spacing between messages to one person
 * (1 per 30 s by default) allows; server-throttle.test.js tests that spacing with the defaults.
 */
export const LOOSE_SPACING = { perIdentifierFromAnyone: { max: 1000, windowSeconds: 30 } };

/**
 * Starts an emulator and a handler against it.
 * @param {Partial<import('../../server/index.js').PasswordlessHandlerOptions>} [overrides]
 * @param {{ defaultLimits?: boolean, upstream?: typeof fetch }} [how] defaultLimits: the handler's own rate limits,
 *   spacing included; upstream: where the handler's outbound calls go after they are recorded (default: the network,
 *   i.e. the emulator), e.g. a stand-in of a human-check provider that passes the rest on
 */
export async function setup(overrides = {}, how = {}) {
  const emulator = await startEmulator({ port: 0, config: emulatorConfig() });
  /** @type {string[]} */
  const logs = [];
  /** @type {{ url: string, body: string, headers: Record<string, string> }[]} */
  const calls = [];
  /** @type {typeof fetch} */
  const recordingFetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    /** @type {Record<string, string>} */
    const headers = {};
    new Headers(init?.headers).forEach((value, key) => (headers[key] = value));
    calls.push({ url, body: typeof init?.body === 'string' ? init.body : '', headers });
    return (how.upstream ?? fetch)(input, init);
  };
  const options = {
    domain: emulator.url,
    clientId: CLIENT_ID,
    clientSecret: CANARY_SECRET,
    sessionSecret: SESSION_SECRET,
    callbackUrl: CALLBACK,
    fetch: recordingFetch,
    log: (/** @type {unknown} */ entry) => logs.push(JSON.stringify(entry)),
    ...overrides,
    rateLimits: how.defaultLimits ? overrides.rateLimits : { ...LOOSE_SPACING, ...overrides.rateLimits },
  };
  const handler = createPasswordlessHandler(/** @type {import('../../server/index.js').PasswordlessHandlerOptions} */ (options));
  return {
    emulator,
    handler,
    options,
    logs,
    calls,
    /** calls to Auth0 endpoints other than the JWKS */
    auth0Calls: () => calls.filter((c) => !c.url.includes('/.well-known/')),
    close: () => emulator.close(),
  };
}

/** A browser-like cookie jar for one "browser profile". */
export class Jar {
  constructor() {
    /** @type {Map<string, string>} */
    this.cookies = new Map();
  }

  /** @param {Response} response */
  store(response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const maxAge = attrs.map((a) => a.trim()).find((a) => a.toLowerCase().startsWith('max-age='));
      if (!value || (maxAge && Number(maxAge.split('=')[1]) <= 0)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/**
 * A request as the element sends it: JSON, the custom header, same origin.
 * @param {string} route @param {unknown} [body] @param {{ jar?: Jar, headers?: Record<string, string>, method?: string }} [opts]
 */
export function elementRequest(route, body, opts = {}) {
  /** @type {Record<string, string>} */
  const headers = { 'Content-Type': 'application/json', 'X-Passwordless-Login': '1', Origin: APP, 'Sec-Fetch-Site': 'same-origin', ...(opts.headers ?? {}) };
  if (opts.jar?.cookies.size) headers.Cookie = opts.jar.header();
  const method = opts.method ?? (body === undefined ? 'GET' : 'POST');
  return new Request(`${APP}/auth/passwordless/${route}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

/**
 * Reads the newest message the emulator "sent" to someone.
 * @param {{ url: string }} emulator @param {string} to
 * @returns {Promise<{ channel: string, to: string, code: string, link?: string, text: string }>}
 */
export async function latestMessage(emulator, to) {
  const list = await (await fetch(`${emulator.url}/__emulator/outbox?to=${encodeURIComponent(to)}`)).json();
  return list.at(-1);
}

/** @param {{ url: string }} emulator */
export async function outboxSize(emulator) {
  return (await (await fetch(`${emulator.url}/__emulator/outbox`)).json()).length;
}

/**
 * Everything a response exposes, as text: status, headers and body.
 * @param {Response} response
 */
export async function exposed(response) {
  /** @type {string[]} */
  const lines = [];
  response.headers.forEach((v, k) => lines.push(`${k}: ${v}`));
  const headers = lines.join('\n');
  const body = await response.clone().text();
  return `${response.status}\n${headers}\n\n${body}`;
}

/** JWT-shaped strings (tokens) in some text. @param {string} text */
export function jwtsIn(text) {
  return text.match(/eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g) ?? [];
}
