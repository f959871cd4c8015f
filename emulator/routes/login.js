// @ts-check
// A small hosted passwordless login page, standing in for Auth0's Universal Login, so that
// /authorize without a session (auth0-spa-js loginWithRedirect, any OIDC client) can finish:
// identifier, then the code from the outbox, then the normal authorization response.
import { parseBody, redirect, str } from '../http.js';
import { TEXT, codeFailureText } from '../errors.js';
import { errorPage, loginPage } from '../pages.js';
import { checkCode } from '../otp.js';
import { randomId } from '../tokens.js';
import { sendPasswordless } from '../messages.js';
import { createSession } from '../grants.js';
import { issue, readAuthzRequest } from '../authz-response.js';
import { E164, EMAIL, normaliseIdentifier } from './passwordless.js';

/** @typedef {import('../context.js').Ctx} Ctx */
/** @typedef {import('../http.js').Req} Req */
/** @typedef {import('../authz-response.js').AuthzRequest} AuthzRequest */

const EXPIRED_TX = 'This sign-in attempt has expired. Go back to the application and start again.';

/**
 * A valid identifier for a connection, normalised, or undefined: an email for `email`, an E.164 number for `sms`
 * (the same rules as /passwordless/start; no trimming).
 * @param {'email'|'sms'} connection @param {string} raw
 */
function validIdentifier(connection, raw) {
  const ok = connection === 'email' ? EMAIL.test(raw) && raw.length <= 254 : E164.test(raw);
  return ok ? normaliseIdentifier(connection, raw) : undefined;
}

/**
 * Starts a hosted login for a validated authorization request. With `connection=email|sms` and a `login_hint` that is
 * a valid identifier for that (configured) connection, Universal Login's identifier is handed over: a new code is sent
 * to it at once (replacing any earlier one; counted by the per-IP start limit) and the page opens on the code step.
 * Any other hint is ignored: the identifier step, empty, nothing sent.
 * @param {Ctx} ctx @param {AuthzRequest} authz @param {URLSearchParams} q @param {Req} req
 */
export function startHostedLogin(ctx, authz, q, req) {
  const state = randomId(24);
  /** @type {import('../context.js').LoginTransaction} */
  const tx = { query: q.toString(), clientId: authz.client.client_id, redirectOrigin: new URL(authz.redirectUri).origin };
  ctx.loginTx.set(state, tx, 10 * 60_000);
  const connection = q.get('connection');
  const hint = q.get('login_hint');
  // When Bot Detection wants a captcha, nothing is sent before the person solved the picture: the identifier step.
  const to = hint !== null && (connection === 'email' || connection === 'sms') && ctx.config.connections[connection] &&
    !ctx.botDetection.requiredFor(req.ip) ? validIdentifier(connection, hint) : undefined;
  if (!to || (connection !== 'email' && connection !== 'sms')) return redirect(`/u/login?state=${encodeURIComponent(state)}`);
  if (!ctx.rateLimit.hit(req.ip).allowed) {
    tx.error = { text: TEXT.tooManyRequests, status: 429 };
    return redirect(`/u/login?state=${encodeURIComponent(state)}`);
  }
  sendPasswordless(ctx, { client: authz.client, connection, to, send: 'code', authParams: {} });
  tx.connection = connection;
  tx.identifier = to;
  return redirect(`/u/login/code?state=${encodeURIComponent(state)}`);
}

/** @param {Ctx} ctx @param {import('../context.js').LoginTransaction} tx */
function common(ctx, tx) {
  const client = ctx.clients.get(tx.clientId);
  return { appName: client?.name ?? tx.clientId, connections: Object.keys(ctx.config.connections), redirectOrigin: tx.redirectOrigin };
}

/** The Bot Detection key of a hosted login's picture. @param {string} state */
const pictureKey = (state) => `u/login\n${state}`;

/**
 * The identifier step, with a fresh picture when Bot Detection wants a captcha from this IP.
 * @param {Ctx} ctx @param {Req} req @param {import('../context.js').LoginTransaction} tx @param {string} state
 * @param {{ status?: number, error?: string, identifier?: string }} [o]
 */
function identifierPage(ctx, req, tx, state, o = {}) {
  const picture = ctx.botDetection.requiredFor(req.ip) ? ctx.botDetection.hostedPicture(pictureKey(state)) : undefined;
  return loginPage({ step: 'identifier', state, picture, ...o, ...common(ctx, tx) });
}

/** GET /u/login and GET /u/login/code @param {Ctx} ctx @param {Req} req */
export function loginForm(ctx, req) {
  const state = req.query.get('state') ?? '';
  const tx = ctx.loginTx.get(state);
  if (!tx) return errorPage(400, 'Sign-in expired', EXPIRED_TX);
  const step = req.path === '/u/login/code' && tx.identifier ? 'code' : 'identifier';
  // A message for the first view only (e.g. the handed-over identifier could not be sent a code).
  const notice = tx.error;
  delete tx.error;
  const shown = notice ? { error: notice.text, status: notice.status } : {};
  if (step === 'identifier') return identifierPage(ctx, req, tx, state, shown);
  return loginPage({ step, state, to: tx.identifier, ...shown, ...common(ctx, tx) });
}

/** POST /u/login: sends a code. @param {Ctx} ctx @param {Req} req */
export function loginIdentifier(ctx, req) {
  const parsed = parseBody(req, { form: true, error: (d) => errorPage(400, 'Invalid request', d) });
  if (!parsed.ok) return parsed.reply;
  const state = str(parsed.data.state) ?? '';
  const tx = ctx.loginTx.get(state);
  const client = tx && ctx.clients.get(tx.clientId);
  if (!tx || !client) return errorPage(400, 'Sign-in expired', EXPIRED_TX);
  const raw = (str(parsed.data.identifier) ?? '').trim();
  const connection = raw.startsWith('+') ? 'sms' : 'email';
  const again = (/** @type {string} */ error, status = 400) => identifierPage(ctx, req, tx, state, { status, error, identifier: raw });
  if (!ctx.config.connections[connection]) return again(connection === 'sms' ? 'Sign-in by phone is not enabled.' : 'Sign-in by email is not enabled.');
  if (connection === 'email' ? !EMAIL.test(raw) || raw.length > 254 : !E164.test(raw)) {
    return again(connection === 'email' ? 'Enter a valid email address.' : 'Enter a phone number like +15551234567.');
  }
  const limit = ctx.rateLimit.hit(req.ip);
  if (!limit.allowed) return again(TEXT.tooManyRequests, 429);
  if (ctx.botDetection.requiredFor(req.ip) &&
    !ctx.botDetection.check({ state: pictureKey(state), captcha: parsed.data.captcha, ip: req.ip, origin: undefined })) {
    return again('Type the characters in the new picture.');
  }
  const to = normaliseIdentifier(connection, raw);
  sendPasswordless(ctx, { client, connection, to, send: 'code', authParams: {} });
  tx.connection = connection;
  tx.identifier = to;
  return redirect(`/u/login/code?state=${encodeURIComponent(state)}`);
}

/** POST /u/login/code: checks the code, then answers the original /authorize. @param {Ctx} ctx @param {Req} req */
export async function loginCode(ctx, req) {
  const parsed = parseBody(req, { form: true, error: (d) => errorPage(400, 'Invalid request', d) });
  if (!parsed.ok) return parsed.reply;
  const state = str(parsed.data.state) ?? '';
  const tx = ctx.loginTx.get(state);
  if (!tx || !tx.connection || !tx.identifier) return errorPage(400, 'Sign-in expired', EXPIRED_TX);
  const code = (str(parsed.data.code) ?? '').trim();
  const result = checkCode(ctx, { clientId: tx.clientId, connection: tx.connection, identifier: tx.identifier, code, ip: req.ip });
  if (!result.ok) {
    const error = codeFailureText(result.reason, tx.connection);
    return loginPage({ step: 'code', status: 400, state, to: tx.identifier, error, ...common(ctx, tx) });
  }
  ctx.loginTx.delete(state);
  const q = new URLSearchParams(tx.query);
  const authz = readAuthzRequest(ctx, q);
  if (authz.reply) return authz.reply;
  const { session, cookie } = createSession(ctx, ctx.users.login(tx.connection, tx.identifier));
  return issue(ctx, authz.req, session, { 'set-cookie': cookie });
}
