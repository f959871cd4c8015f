// @ts-check
// POST /passwordless/challenge: what auth0-js `client.passwordless.getChallenge` asks (with only `{ state }`) before
// a passwordless start, to learn whether Bot Detection wants a captcha and which. A fresh challenge on every call.
import { json, jsonError, parseBody } from '../http.js';
import { TEXT } from '../errors.js';
import { anyClientAllows, apiCors } from '../cors.js';

/** @typedef {import('../context.js').Ctx} Ctx */
/** @typedef {import('../http.js').Req} Req */
/** @typedef {import('../http.js').Reply} Reply */

/** Longer than any state auth0-js or Universal Login makes, short enough to keep as a key. */
const MAX_STATE_LENGTH = 2048;

/**
 * The body names no client (Auth0 finds it from the transaction `state`), so CORS and the origin check use every
 * client's allowed origins; /passwordless/start then checks its own client's, and that the page is the same.
 * @param {Ctx} ctx @param {Req} req
 * @returns {Reply}
 */
export function challenge(ctx, req) {
  const cors = apiCors(ctx, req.origin, undefined);
  const parsed = parseBody(req, { error: (d) => jsonError(400, 'bad.request', d, cors) });
  if (!parsed.ok) return parsed.reply;
  if (req.origin !== undefined && !anyClientAllows(ctx, req.origin)) {
    return jsonError(403, 'unauthorized_client', 'This origin is not allowed for any client', cors);
  }
  const limit = ctx.challengeRateLimit.hit(req.ip);
  const headers = { ...cors, ...limit.headers };
  if (!limit.allowed) return jsonError(429, 'too_many_requests', TEXT.tooManyRequests, headers);
  const { state, ...extra } = parsed.data;
  if (Object.keys(extra).length) return jsonError(400, 'bad.request', `the following properties are not allowed: ${Object.keys(extra).join(', ')}`, headers);
  if (state === undefined || state === null || state === '') return jsonError(400, 'bad.state', 'Missing required property: state', headers);
  if (typeof state !== 'string') {
    return jsonError(400, 'bad.state', `error in state - invalid type: ${Array.isArray(state) ? 'array' : typeof state} (expected string)`, headers);
  }
  if (state.length > MAX_STATE_LENGTH) return jsonError(400, 'bad.state', `error in state - string is too long (maximum ${MAX_STATE_LENGTH})`, headers);
  return json(200, ctx.botDetection.challenge(state, { ip: req.ip, origin: req.origin }), headers);
}
