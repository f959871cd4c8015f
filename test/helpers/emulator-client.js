// @ts-check
// Small fetch helpers for the emulator's node tests and the benchmark.

export const OTP_GRANT = 'http://auth0.com/oauth/grant-type/passwordless/otp';
export const APP_ORIGIN = 'http://localhost:5173';

/**
 * @typedef {{ status: number, headers: Headers, body: any, text: string, cookie?: string, location?: string }} Result
 */

/** @param {Response} r @returns {Promise<Result>} */
async function result(r) {
  const text = await r.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  const setCookie = r.headers.get('set-cookie');
  return { status: r.status, headers: r.headers, body, text, cookie: setCookie ? setCookie.split(';')[0] : undefined, location: r.headers.get('location') ?? undefined };
}

/**
 * @param {string} url the emulator URL
 */
export function emulatorClient(url) {
  return {
    /** @param {Record<string, unknown>} body @param {{ origin?: string|null, headers?: Record<string, string> }} [o] */
    async start(body, o = {}) {
      /** @type {Record<string, string>} */
      const headers = { 'content-type': 'application/json', ...(o.headers ?? {}) };
      if (o.origin !== null) headers.origin = o.origin ?? APP_ORIGIN;
      return result(await fetch(`${url}/passwordless/start`, { method: 'POST', headers, body: JSON.stringify(body) }));
    },
    /** @param {Record<string, unknown>} body @param {{ origin?: string|null }} [o] */
    async co(body, o = {}) {
      /** @type {Record<string, string>} */
      const headers = { 'content-type': 'application/json' };
      if (o.origin !== null) headers.origin = o.origin ?? APP_ORIGIN;
      return result(await fetch(`${url}/co/authenticate`, {
        method: 'POST', headers, body: JSON.stringify({ credential_type: OTP_GRANT, ...body }),
      }));
    },
    /** @param {Record<string, string>} params @param {string} [cookie] */
    async authorize(params, cookie) {
      return result(await fetch(`${url}/authorize?${new URLSearchParams(params)}`, { redirect: 'manual', headers: cookie ? { cookie } : {} }));
    },
    /** @param {string} link @param {string} [cookie] */
    async get(link, cookie) {
      return result(await fetch(link, { redirect: 'manual', headers: cookie ? { cookie } : {} }));
    },
    /** @param {Record<string, string>} body @param {{ form?: boolean, headers?: Record<string, string> }} [o] */
    async token(body, o = {}) {
      return result(await fetch(`${url}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': o.form ? 'application/x-www-form-urlencoded' : 'application/json', ...(o.headers ?? {}) },
        body: o.form ? new URLSearchParams(body).toString() : JSON.stringify(body),
      }));
    },
    /** @param {string} path @param {RequestInit} [init] */
    async raw(path, init) {
      return result(await fetch(`${url}${path}`, { redirect: 'manual', ...init }));
    },
  };
}

/** @param {string} location @returns {Record<string, string>} */
export function fragmentOf(location) {
  return Object.fromEntries(new URLSearchParams(location.split('#')[1] ?? ''));
}

/** @param {string} location @returns {Record<string, string>} */
export function queryOf(location) {
  return Object.fromEntries(new URL(location).searchParams);
}

/** Authorize parameters for the SPA implicit flow. @param {string} [clientId] @param {string} [redirectUri] */
export function implicitParams(clientId = 'demo-spa', redirectUri = `${APP_ORIGIN}/`) {
  return { client_id: clientId, response_type: 'token id_token', redirect_uri: redirectUri, scope: 'openid profile email', state: 'state-1', nonce: 'nonce-1' };
}
