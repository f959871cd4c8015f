// @ts-check
// GET {basePath}/session: who is signed in, for the element; the tokens stay on the server.
import { json, errorResponse } from '../http.js';
import { readSession } from '../session.js';

/** @typedef {import('../handler.js').Call} Call */

/** @param {Call} call */
export async function session(call) {
  const current = await readSession(call.options, call.request);
  return current ? json(200, { user: current.user }) : errorResponse(401, 'session_expired');
}
