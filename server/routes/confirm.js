// @ts-check
// A magic link opened in another browser than the one that asked for it. The callback signed this browser in afresh
// and holds the result in the confirm cookie (confirm-cookie.js); nothing is signed in yet.
//   GET  {basePath}/confirmation  whose the waiting sign-in is, in full (a masked a•••@gmail.com would hide alice.x@
//                                 behind alice@), for the element's continue step; only this browser has the cookie
//   POST {basePath}/confirm       the person's click: the session starts (CSRF-checked like every POST)
// Without the click, a link an attacker mailed to a victim would sign the victim in to the attacker's account.
import { json, errorResponse } from '../http.js';
import { failureResponse, onlyStoreDown, STORE_DOWN } from '../failure.js';
import { log } from '../log.js';
import { postRoute } from '../pipeline.js';
import { startSession } from '../session.js';
import { clearConfirm, readConfirm } from '../confirm-cookie.js';

/** @typedef {import('../handler.js').Call} Call */

/** @param {Call} call */
export async function confirmation(call) {
  const waiting = await readConfirm(call.options, call.request);
  if (!waiting) return errorResponse(404, 'link_invalid');
  const email = typeof waiting.user.email === 'string' ? waiting.user.email : undefined;
  const phone = typeof waiting.user.phone_number === 'string' ? waiting.user.phone_number : undefined;
  const named = email ?? phone;
  if (!named) return errorResponse(404, 'link_invalid');
  return json(200, { connection: email ? 'email' : 'sms', recipient: named });
}

export const confirm = postRoute({
  event: 'confirm',
  async run(call) {
    const { options, request } = call;
    const waiting = await readConfirm(options, request);
    if (!waiting) return errorResponse(404, 'link_invalid');
    let cookie;
    try {
      cookie = await startSession(options, request, { user: waiting.user, tokens: waiting.tokens, method: 'link' });
    } catch (error) {
      onlyStoreDown(error);
      return failureResponse(options, 'confirm', STORE_DOWN);
    }
    log(options, { level: 'info', event: 'confirm', outcome: 'ok', status: 200 });
    const response = json(200, { user: waiting.user, method: 'link' });
    response.headers.append('Set-Cookie', cookie);
    response.headers.append('Set-Cookie', clearConfirm(options, request));
    return response;
  },
});
