// @ts-check
// The authorization response shared by /authorize and /passwordless/verify_redirect:
// parameter checks, then tokens/code delivered by fragment, query, web_message or form_post.
import { errorPage, formPostPage, webMessagePage } from './pages.js';
import { redirect } from './http.js';
import { randomId } from './tokens.js';
import { accessTokenLifetime, issueAccessToken } from './grants.js';
import { allowsCallback, allowsOrigin } from './client-urls.js';

/** @typedef {import('./context.js').Ctx} Ctx */
/** @typedef {import('./context.js').Session} Session */
/** @typedef {import('./config.js').ClientConfig} ClientConfig */
/** @typedef {import('./http.js').Reply} Reply */
/** @typedef {'fragment'|'query'|'web_message'|'form_post'} ResponseMode */
/**
 * @typedef {object} AuthzRequest
 * @property {ClientConfig} client
 * @property {string} redirectUri
 * @property {Set<string>} types
 * @property {ResponseMode} mode
 * @property {string} [state]
 * @property {string} [nonce]
 * @property {string} scope
 * @property {string} [audience]
 * @property {string} [codeChallenge]
 * @property {boolean} maxAge whether max_age was sent (then the ID token carries auth_time)
 */

const MODES = ['fragment', 'query', 'web_message', 'form_post'];
/** Longest `state` echoed back; longer ones get 414. */
const MAX_STATE_LENGTH = 4096;
const TYPES = ['code', 'token', 'id_token'];

/**
 * Client and redirect_uri. Failures are HTML pages: never redirect to a URI we cannot trust.
 * @param {Ctx} ctx @param {URLSearchParams} q
 * @returns {{ client: ClientConfig, redirectUri: string, reply?: undefined } | { reply: Reply }}
 */
function checkClientAndRedirect(ctx, q) {
  const clientId = q.get('client_id');
  if (!clientId) return { reply: errorPage(400, 'Invalid request', 'Missing required parameter: client_id') };
  const client = ctx.clients.get(clientId);
  if (!client) return { reply: errorPage(400, 'Invalid request', `Unknown client: ${clientId}`) };
  const redirectUri = q.get('redirect_uri');
  if (!redirectUri) return { reply: errorPage(400, 'Invalid request', 'Missing required parameter: redirect_uri') };
  // Exact string match, like Auth0 without wildcards: a trailing slash matters (client-urls.js).
  if (!allowsCallback(client, redirectUri)) {
    return { reply: errorPage(400, 'Callback URL mismatch', `The provided redirect_uri is not in the list of allowed callback URLs of client ${clientId}: ${redirectUri}`) };
  }
  return { client, redirectUri };
}

/**
 * Everything an authorization request carries: the client and redirect_uri first (failures are HTML pages), then
 * the rest (failures go back to the now trusted redirect_uri).
 * @param {Ctx} ctx @param {URLSearchParams} q
 * @returns {{ req: AuthzRequest, reply?: undefined } | { reply: Reply }}
 */
export function readAuthzRequest(ctx, q) {
  const checked = checkClientAndRedirect(ctx, q);
  return checked.reply ? checked : parseAuthzParams(checked.client, checked.redirectUri, q);
}

/**
 * The remaining parameters. Failures go back to the (trusted) redirect_uri.
 * @param {ClientConfig} client @param {string} redirectUri @param {URLSearchParams} q
 * @returns {{ req: AuthzRequest, reply?: undefined } | { reply: Reply }}
 */
function parseAuthzParams(client, redirectUri, q) {
  const state = q.get('state') ?? undefined;
  // state is echoed unchanged, up to a bound: a huge one is refused outright (no redirect carries it).
  if (state !== undefined && state.length > MAX_STATE_LENGTH) {
    return { reply: errorPage(414, 'URI Too Long', `The state parameter is longer than ${MAX_STATE_LENGTH} characters`) };
  }
  const rawType = q.get('response_type') ?? '';
  const parts = rawType.split(' ').filter(Boolean);
  const types = new Set(parts);
  const typesOk = parts.length > 0 && types.size === parts.length && parts.every((t) => TYPES.includes(t));
  const rawMode = q.get('response_mode');
  const modeOk = rawMode === null || MODES.includes(rawMode);
  const defaultMode = types.size === 1 && types.has('code') ? 'query' : 'fragment';
  /** @type {AuthzRequest} */
  const req = {
    client, redirectUri, types, state,
    mode: /** @type {ResponseMode} */ (modeOk && rawMode ? rawMode : defaultMode),
    nonce: q.get('nonce') ?? undefined,
    scope: q.get('scope') ?? 'openid',
    audience: q.get('audience') || undefined,
    codeChallenge: q.get('code_challenge') ?? undefined,
    maxAge: q.get('max_age') !== null,
  };
  const fail = (/** @type {string} */ e, /** @type {string} */ d) => ({ reply: authzError(req, e, d) });
  if (!rawType) return fail('invalid_request', 'Missing required parameter: response_type');
  if (!typesOk) return fail('unsupported_response_type', `Unsupported response type: ${rawType}`);
  if (!modeOk) return fail('invalid_request', `Unsupported response_mode: ${rawMode}`);
  // OAuth 2.0 Multiple Response Types: tokens must never travel in the query string.
  if (req.mode === 'query' && (types.has('token') || types.has('id_token'))) {
    req.mode = 'fragment';
    return fail('invalid_request', 'response_mode=query is not allowed for response types that return tokens');
  }
  if (types.has('id_token') && !req.scope.split(' ').includes('openid')) return fail('invalid_scope', 'The openid scope is required to get an id_token');
  if (types.has('id_token') && !req.nonce) return fail('invalid_request', 'Nonce is required for implicit and hybrid flows');
  const method = q.get('code_challenge_method');
  if (req.codeChallenge !== undefined && method !== 'S256') return fail('invalid_request', 'Unsupported code_challenge_method: only S256 is supported');
  if (req.codeChallenge === undefined && method !== null) return fail('invalid_request', 'Missing required parameter: code_challenge');
  if (req.codeChallenge !== undefined && !/^[A-Za-z0-9_-]{43}$/.test(req.codeChallenge)) return fail('invalid_request', 'Invalid code_challenge');
  return { req };
}

/**
 * Sends fields to the client by its response mode.
 * @param {AuthzRequest} req @param {Record<string, string>} fields @param {Record<string, string|string[]>} [headers]
 * @returns {Reply}
 */
export function deliver(req, fields, headers = {}) {
  const params = Object.entries(fields).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  const extra = { 'referrer-policy': 'no-referrer', ...headers };
  let reply;
  switch (req.mode) {
    case 'query':
      reply = redirect(`${req.redirectUri}${req.redirectUri.includes('?') ? '&' : '?'}${params}`, extra);
      break;
    case 'web_message': {
      const origin = new URL(req.redirectUri).origin;
      // Auth0 posts only to an Allowed Web Origin of the client: for any other, the page posts nothing and auth0-js's
      // checkSession times out (the well-known symptom of a missing web origin).
      reply = allowsOrigin(req.client, origin)
        ? webMessagePage(origin, fields, [origin, ...req.client.allowed_origins])
        : errorPage(403, 'Origin not allowed', `${origin} is not in the Allowed Web Origins of client ${req.client.client_id}.`);
      break;
    }
    case 'form_post':
      reply = formPostPage(req.redirectUri, fields);
      break;
    default:
      reply = redirect(`${req.redirectUri}#${params}`, extra);
  }
  Object.assign(reply.headers, extra);
  return reply;
}

/** @param {AuthzRequest} req @param {string} error @param {string} description @param {Record<string, string|string[]>} [headers] */
export function authzError(req, error, description, headers) {
  /** @type {Record<string, string>} */
  const fields = { error, error_description: description };
  if (req.state !== undefined) fields.state = req.state;
  return deliver(req, fields, headers);
}

/**
 * Issues what the response type asks for, for a logged-in session.
 * @param {Ctx} ctx @param {AuthzRequest} req @param {Session} session @param {Record<string, string|string[]>} [headers]
 */
export async function issue(ctx, req, session, headers) {
  const { user, sid } = session;
  const clientId = req.client.client_id;
  /** @type {Record<string, string>} */
  const fields = {};
  let code;
  let accessToken;
  if (req.types.has('code')) {
    code = randomId(24);
    ctx.codes.set(code, {
      clientId, redirectUri: req.redirectUri, user, sid, scope: req.scope, nonce: req.nonce,
      audience: req.audience, codeChallenge: req.codeChallenge, used: false, issued: [], authTime: req.maxAge ? session.authTime : undefined,
    }, ctx.config.authorization_code_lifetime_seconds * 1000);
    fields.code = code;
  }
  if (req.types.has('token')) {
    accessToken = await issueAccessToken(ctx, { user, clientId, scope: req.scope, audience: req.audience, browserFlow: true });
    fields.access_token = accessToken;
    fields.scope = req.scope;
    fields.expires_in = String(accessTokenLifetime(ctx, req.audience, true));
    fields.token_type = 'Bearer';
  }
  if (req.state !== undefined) fields.state = req.state;
  if (req.types.has('id_token')) {
    fields.id_token = await ctx.tokens.idToken({ user, clientId, scope: req.scope, nonce: req.nonce, sid, accessToken, code, authTime: req.maxAge ? session.authTime : undefined });
  }
  return deliver(req, fields, headers);
}
