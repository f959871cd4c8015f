// A small, complete Express 5 app in backend mode: a sign-in page with the element, a protected /account page that
// reads the session on the server, a JSON /api/me, and sign-out. How to run it: README.md beside this file.
//
//   npm run emulator                    # terminal 1: the local Auth0 emulator on http://localhost:4400
//   node examples/express/server.js     # terminal 2: this app on http://localhost:3000
//
// Against a real tenant: AUTH0_DOMAIN, AUTH0_CLIENT_ID, AUTH0_CLIENT_SECRET, SESSION_SECRET and BASE_URL.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { createPasswordlessHandler, getSession } from 'passwordless-login/server';
import { toNodeHandler, toRequest } from 'passwordless-login/server/node';

const env = process.env;

/** @param {string} message @returns {never} */
function exit(message) {
  console.error(message);
  process.exit(1);
}

// The emulator's demo values unless the environment says otherwise (its Regular Web Application, `demo-regular`,
// accepts a callback on any localhost port).
const domain = env.AUTH0_DOMAIN ?? 'http://localhost:4400';
const onEmulator = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?\/?$/.test(domain);
if (!onEmulator) {
  const missing = ['AUTH0_CLIENT_ID', 'AUTH0_CLIENT_SECRET', 'SESSION_SECRET'].filter((name) => !env[name]);
  if (missing.length) {
    exit(`Missing ${missing.join(', ')} for the Auth0 tenant ${domain}. See examples/express/README.md.\n` +
      'SESSION_SECRET is at least 32 random characters, the same on every instance: openssl rand -base64 32');
  }
}

const trustProxy = parseTrustProxy(env.TRUST_PROXY);
const connection = oneOf('CONNECTION', ['email', 'sms']);
const send = oneOf('SEND', connection === 'sms' ? ['code'] : ['code', 'link']); // a text message always has a code
const host = env.HOST ?? 'localhost';
const port = Number(env.PORT ?? 3000);
// The URL people use: behind a proxy, the public https URL (it makes the magic link's callback).
const baseUrl = (env.BASE_URL ?? `http://localhost:${port}`).replace(/\/$/, '');

/** @type {import('passwordless-login/server').PasswordlessHandlerOptions} */
const options = {
  domain,
  clientId: env.AUTH0_CLIENT_ID ?? 'demo-regular',
  clientSecret: env.AUTH0_CLIENT_SECRET ?? 'demo-regular-secret',
  // On the emulator only: a fresh secret per run (a restart signs everyone out, as the in-memory store does anyway).
  sessionSecret: env.SESSION_SECRET ?? randomBytes(32).toString('base64url'),
  callbackUrl: `${baseUrl}/auth/passwordless/callback`,
  loginUrl: '/',
  connections: [connection], // only what the page offers
  send,
  trustProxy,
};

// The element's script-tag build, from the installed package (in this repository: `npm run build` makes it).
const packageDir = dirname(createRequire(import.meta.url).resolve('passwordless-login/package.json'));
const elementDir = join(packageDir, 'dist');
if (!existsSync(join(elementDir, 'passwordless-login.js'))) {
  exit(`No ${join(elementDir, 'passwordless-login.js')}: run \`npm run build\` in ${packageDir} first.`);
}

// The element needs no inline script or style, and only Lit's Trusted Types policy.
const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const app = express();
app.disable('x-powered-by');
if (trustProxy) app.set('trust proxy', trustProxy); // for req.ip and req.protocol in your own routes

// First, before any body parser: the handler answers everything under /auth/passwordless (start, verify, the magic
// link's callback, session, logout...) and passes every other request on.
app.use(toNodeHandler(createPasswordlessHandler(options)));

app.use((req, res, next) => {
  res.set({ 'Content-Security-Policy': contentSecurityPolicy, 'Referrer-Policy': 'no-referrer', 'X-Content-Type-Options': 'nosniff' });
  next();
});
app.use('/passwordless-login', express.static(elementDir, { index: false }));
app.use(express.static(fileURLToPath(new URL('public', import.meta.url)), { index: false }));

/** The signed-in session (user and tokens), read on the server; null when signed out. */
const sessionOf = (/** @type {express.Request} */ req) => getSession(toRequest(req), options);

app.get('/', async (req, res) => {
  // Signed in already: straight to the account. Not when the handler sends the page back with `?passwordless=…` (a
  // magic link's return, or a link to confirm): the element finishes that sign-in, and sign-in.js moves on.
  if (req.query.passwordless === undefined && (await sessionOf(req))) return res.redirect(303, '/account');
  res.set('Cache-Control', 'no-store').type('html').send(page('Sign in', `
<h1>Sign in</h1>
<passwordless-login endpoint="/auth/passwordless" connection="${connection}" send="${send}"></passwordless-login>
<script type="module" src="/sign-in.js"></script>`));
});

app.get('/account', async (req, res) => {
  const session = await sessionOf(req);
  if (!session) return res.redirect(303, '/');
  const { user } = session;
  const who = String(user.email ?? user.phone_number ?? user.sub); // an email sign-in, or an SMS one
  res.set('Cache-Control', 'no-store').type('html').send(page('Your account', `
<h1>Your account</h1>
<p>You are signed in as <strong id="who">${escapeHtml(who)}</strong>.</p>
<p><a href="/api/me">Your profile as JSON</a></p>
<button type="button" id="sign-out">Sign out</button>
<p id="sign-out-failed" role="alert" hidden>Signing out did not work. Please try again.</p>
<script type="module" src="/account.js"></script>`));
});

app.get('/api/me', async (req, res) => {
  const session = await sessionOf(req);
  res.set('Cache-Control', 'no-store');
  if (!session) return res.status(401).json({ error: 'session_expired' });
  // session.tokens (the ID and access tokens) stay here, for calls from this server to your APIs.
  res.json({ user: session.user });
});

const server = app.listen(port, host, (error) => {
  if (error) exit(`Cannot listen on ${host}:${port}: ${error.message}`);
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`Listening on http://${host}:${actual}${env.BASE_URL ? ` (public URL ${baseUrl})` : ''}`);
});

/** @param {string} title @param {string} body */
function page(title, body) {
  return `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/style.css">
<script type="module" src="/passwordless-login/passwordless-login.js"></script>
<main>${body}
</main>
</html>`;
}

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The environment variable `name`, one of `allowed` (the first when unset).
 * @template {string} T @param {string} name @param {T[]} allowed @returns {T}
 */
function oneOf(name, allowed) {
  const value = /** @type {T} */ (env[name] || allowed[0]);
  if (!allowed.includes(value)) exit(`${name} must be ${allowed.join(' or ')}, got "${value}".`);
  return value;
}

/** TRUST_PROXY: unset or 0 = no proxy; 1 (or true) = one proxy in front (nginx, a load balancer); N = N hops. */
function parseTrustProxy(/** @type {string | undefined} */ value = '0') {
  if (value === 'true') return 1;
  if (value === 'false' || value === '') return 0;
  if (!/^\d+$/.test(value)) exit(`TRUST_PROXY must be a number of proxy hops (0, 1, 2...), got "${value}".`);
  return Number(value);
}
