// @ts-check
// The dev API under /__emulator: outbox, mailbox page, clock, HTTP faults, token defects, Bot Detection (its setting
// and the answer to the picture), and the captcha providers' stand-ins.
// CORS for any http://localhost:* origin: it is a development tool.
import { json, jsonError, parseBody } from '../http.js';
import { corsHeaders, isLocalhostOrigin } from '../cors.js';
import { mailboxPage } from '../pages.js';
import { resolveBotDetection } from '../bot-detection/settings.js';
import { STAND_INS_PREFIX, standIns } from './stand-ins.js';

/** @typedef {import('../context.js').Ctx} Ctx */
/** @typedef {import('../http.js').Req} Req */
/** @typedef {import('../http.js').Reply} Reply */

/** @param {Ctx} ctx @param {Req} req @returns {Promise<Reply|undefined>} undefined when no dev route matches */
export async function dev(ctx, req) {
  const cors = corsHeaders(req.origin, isLocalhostOrigin(req.origin));
  const noContent = { status: 204, headers: cors, body: '' };
  /** @returns {{ ok: true, data: Record<string, unknown> } | { ok: false, reply: Reply }} */
  const body = () => parseBody(req, { error: (d) => jsonError(400, 'invalid_request', d, cors) });
  /** Adds a fault from the body: 201 with its id, or 400. @param {(spec: unknown) => { id: string } | { error: string }} add */
  const addFrom = (add) => {
    const b = body();
    if (!b.ok) return b.reply;
    const r = add(b.data);
    return 'error' in r ? jsonError(400, 'invalid_request', r.error, cors) : json(201, r, cors);
  };
  if (req.path.startsWith(STAND_INS_PREFIX)) return standIns(ctx, req, cors);
  const route = `${req.method} ${req.path.replace(/\/$/, '')}`;
  switch (route) {
    case 'GET /__emulator':
      return mailboxPage(ctx.outbox.list());
    case 'GET /__emulator/outbox':
      return json(200, ctx.outbox.list(req.query.get('to')), cors);
    case 'DELETE /__emulator/outbox':
      ctx.outbox.clear();
      return noContent;
    case 'POST /__emulator/clock': {
      const b = body();
      if (!b.ok) return b.reply;
      const s = b.data.advance_seconds;
      if (typeof s !== 'number' || !Number.isFinite(s) || s < 0) return jsonError(400, 'invalid_request', 'advance_seconds must be a number >= 0', cors);
      ctx.clock.offsetMs += s * 1000;
      return json(200, { now: new Date(ctx.now()).toISOString(), offset_seconds: ctx.clock.offsetMs / 1000 }, cors);
    }
    case 'DELETE /__emulator/clock':
      ctx.clock.offsetMs = 0;
      return noContent;
    case 'GET /__emulator/faults':
      return json(200, { http: ctx.faults.http, token: ctx.faults.token }, cors);
    case 'POST /__emulator/faults':
      return addFrom((spec) => ctx.faults.add(spec));
    case 'DELETE /__emulator/faults':
      ctx.faults.clear();
      return noContent;
    case 'POST /__emulator/token-faults':
      return addFrom((spec) => ctx.faults.addTokenDefect(spec));
    case 'DELETE /__emulator/token-faults':
      ctx.faults.clearTokenDefects();
      return noContent;
    case 'GET /__emulator/captcha': {
      // The text of the newest picture challenge still waiting (or of one state's), so a test can solve it.
      const state = req.query.get('state') ?? undefined;
      const answer = ctx.botDetection.pictureAnswer(state);
      if (answer === undefined) {
        return jsonError(404, 'not_found', state === undefined ? 'No picture challenge is waiting' : 'No picture challenge is waiting for that state', cors);
      }
      return json(200, { answer }, cors);
    }
    case 'GET /__emulator/bot-detection':
      return json(200, ctx.botDetection.settings, cors);
    case 'PUT /__emulator/bot-detection': {
      const b = body();
      if (!b.ok) return b.reply;
      let settings;
      try {
        settings = resolveBotDetection(b.data);
      } catch (e) {
        return jsonError(400, 'invalid_request', /** @type {Error} */ (e).message, cors);
      }
      ctx.botDetection.configure(settings);
      return json(200, settings, cors);
    }
    default:
      return undefined;
  }
}
