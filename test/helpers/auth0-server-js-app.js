// @ts-check
// A small Express 5 app that signs people in with @auth0/auth0-server-js, written the way its README writes one (there
// with Fastify): a ServerClient with the SDK's CookieTransactionStore and StatelessStateStore over a CookieHandler for
// the framework, `{ req, res }` as storeOptions on every call; /auth/login → Auth0 → /auth/callback
// (completeInteractiveLogin) → /profile (getUser), /token (getAccessToken: refreshes when expired), /auth/logout; and
// the SDK's embedded passwordless login: POST /passwordless/start (startPasswordless: a code, or a magic link back to
// /auth/magic-link), POST /passwordless/verify (completePasswordless), /auth/magic-link (completePasswordlessMagicLink).
// For test/node/sdk-auth0-server-js.test.js.
import { createServer } from 'node:http';
import express from 'express';
import { CookieTransactionStore, ServerClient, StatelessStateStore } from '@auth0/auth0-server-js';

/** @typedef {{ req: import('express').Request, res: import('express').Response }} StoreOptions */

/**
 * The request's cookies (what cookie-parser would give; res.cookie percent-encodes values).
 * @param {string} header @returns {Record<string, string>}
 */
const parseCookies = (header) => Object.fromEntries(header.split(';').filter((pair) => pair.includes('='))
  .map((pair) => { const i = pair.indexOf('='); return [pair.slice(0, i).trim(), decodeURIComponent(pair.slice(i + 1).trim())]; }));

/**
 * The README's CookieHandler, for Express. The SDK gives `maxAge` in seconds (the `cookie` package's unit); Express's
 * res.cookie takes milliseconds.
 * @type {import('@auth0/auth0-server-js').CookieHandler<StoreOptions>}
 */
const expressCookieHandler = {
  setCookie(name, value, options, storeOptions) {
    const { maxAge, ...rest } = options ?? {};
    /** @type {StoreOptions} */ (storeOptions).res.cookie(name, value, { ...rest, ...(maxAge === undefined ? {} : { maxAge: maxAge * 1000 }) });
  },
  getCookie(name, storeOptions) {
    return this.getCookies(storeOptions)[name];
  },
  getCookies(storeOptions) {
    return parseCookies(/** @type {StoreOptions} */ (storeOptions).req.headers.cookie ?? '');
  },
  deleteCookie(name, storeOptions) {
    /** @type {StoreOptions} */ (storeOptions).res.clearCookie(name, { path: '/' });
  },
};

/** Starts the app's HTTP server on a free port of localhost; `mount` builds the app once the tenant is known. */
export async function startAuth0ServerJsApp() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, 'localhost', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://localhost:${address.port}`;
  return {
    origin,
    callbackURL: `${origin}/auth/callback`,
    magicLinkURL: `${origin}/auth/magic-link`,
    /** @param {{ domain: string, clientId: string, clientSecret: string, audience: string }} auth0 */
    mount(auth0) {
      server.on('request', auth0ServerJsApp({ ...auth0, origin }));
    },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve(undefined)); }),
  };
}

/** @param {{ domain: string, clientId: string, clientSecret: string, audience: string, origin: string }} options */
function auth0ServerJsApp({ domain, clientId, clientSecret, audience, origin }) {
  const secret = 'test-only-cookie-secret-of-32-characters-or-more';
  /** @type {ServerClient<StoreOptions>} */
  const auth0 = new ServerClient({
    domain, clientId, clientSecret,
    authorizationParams: { redirect_uri: `${origin}/auth/callback`, scope: 'openid profile email offline_access', audience },
    transactionStore: new CookieTransactionStore({ secret }, expressCookieHandler),
    stateStore: new StatelessStateStore({ secret }, expressCookieHandler),
  });

  const app = express();
  app.get('/auth/login', async (req, res) => {
    res.redirect((await auth0.startInteractiveLogin({}, { req, res })).href);
  });
  app.get('/auth/callback', async (req, res) => {
    try {
      await auth0.completeInteractiveLogin(new URL(req.url, origin), { req, res });
      res.redirect('/profile');
    } catch (error) {
      res.status(500).type('text').send(`Login failed: ${/** @type {any} */ (error).name}: ${/** @type {any} */ (error).cause?.message ?? /** @type {Error} */ (error).message}`);
    }
  });
  app.post('/passwordless/start', express.json(), async (req, res) => {
    const { email, phoneNumber, send } = req.body;
    try {
      if (phoneNumber) await auth0.startPasswordless({ connection: 'sms', phoneNumber }, { req, res });
      else if (send === 'link') await auth0.startPasswordless({ connection: 'email', email, send: 'link', redirectUri: `${origin}/auth/magic-link` }, { req, res });
      else await auth0.startPasswordless({ connection: 'email', email }, { req, res });
      res.status(204).end();
    } catch (error) {
      res.status(400).json({ error: /** @type {any} */ (error).cause?.error, message: /** @type {Error} */ (error).message });
    }
  });
  app.post('/passwordless/verify', express.json(), async (req, res) => {
    const { email, phoneNumber, code } = req.body;
    try {
      await auth0.completePasswordless(phoneNumber
        ? { connection: 'sms', phoneNumber, verificationCode: code }
        : { connection: 'email', email, verificationCode: code }, { req, res });
      res.status(204).end();
    } catch (error) {
      res.status(401).json({ error: /** @type {any} */ (error).cause?.error, message: /** @type {Error} */ (error).message });
    }
  });
  app.get('/auth/magic-link', async (req, res) => {
    try {
      await auth0.completePasswordlessMagicLink(new URL(req.url, origin), { req, res });
      res.redirect('/profile');
    } catch (error) {
      res.status(401).type('text').send(`Login failed: ${/** @type {Error} */ (error).name}: ${/** @type {Error} */ (error).message}`);
    }
  });
  app.get('/profile', async (req, res) => {
    const user = await auth0.getUser({ req, res });
    if (!user) res.status(401).json({ signed_in: false });
    else res.json(user);
  });
  app.get('/token', async (req, res) => {
    try {
      const audience = typeof req.query.audience === 'string' ? req.query.audience : undefined;
      const { accessToken, expiresAt, scope } = audience
        ? await auth0.getAccessToken({ audience }, { req, res })
        : await auth0.getAccessToken({ req, res });
      res.json({ accessToken, expiresAt, scope });
    } catch (error) {
      res.status(401).json({ error: /** @type {any} */ (error).code, message: /** @type {Error} */ (error).message });
    }
  });
  app.get('/auth/logout', async (req, res) => {
    res.redirect((await auth0.logout({ returnTo: `${origin}/` }, { req, res })).href);
  });
  app.get('/', async (req, res) => {
    res.type('text').send((await auth0.getUser({ req, res })) ? 'Signed in' : 'Signed out');
  });
  return app;
}
