// @ts-check
// GET {basePath}/session: who is signed in, for the element; the tokens stay on the server. A session cookie that
// no longer names a live session is cleared.
import { clearEvery, cookieNames, parseCookies } from '../cookies.js';
import { failureResponse, onlyStoreDown, STORE_DOWN } from '../failure.js';
import { json, errorResponse } from '../http.js';
import { readSession } from '../session.js';

/** @typedef {import('../handler.js').Call} Call */

/** @param {Call} call */
export async function session(call) {
  const { options, request } = call;
  let current;
  try {
    current = await readSession(options, request);
  } catch (error) {
    onlyStoreDown(error);
    return failureResponse(options, 'session', STORE_DOWN);
  }
  if (current) return json(200, current.method ? { user: current.user, method: current.method } : { user: current.user });
  const refused = errorResponse(401, 'session_expired');
  if (parseCookies(request).has(cookieNames(options, request).session)) {
    for (const cookie of clearEvery(options, request, ['session'])) refused.headers.append('Set-Cookie', cookie);
  }
  return refused;
}
