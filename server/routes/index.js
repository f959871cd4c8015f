// @ts-check
// The route table: each route the protocol names (protocol/wire.js) with its one method and its handler, one
// file per route. A route the protocol adds without a handler here fails the type check.
import { ROUTES } from '../../protocol/wire.js';
import { start } from './start.js';
import { verify } from './verify.js';
import { callback } from './callback.js';
import { session } from './session.js';
import { logout } from './logout.js';
import { confirm, confirmation } from './confirm.js';
import { settings } from './settings.js';
import { passkeyChallenge } from './passkey-challenge.js';
import { passkeyRegister } from './passkey-register.js';
import { passkeyLogin } from './passkey-login.js';
import { passkeyCreate, passkeyCreateVerify } from './passkey-create.js';
import { codePage, signInPage, withForm } from './form.js';

/** @typedef {import('../handler.js').Call} Call */
/** @typedef {import('../../protocol/wire.js').RouteName} RouteName */
/** @typedef {{ method: string, run: (call: Call) => Promise<Response> }} Route */

/** @type {Record<RouteName, Route['run']>} */
const HANDLERS = {
  // Both also take the no-script form (form.js).
  start: withForm(start, 'start'),
  verify: withForm(verify, 'verify'),
  callback, session, logout, confirmation, confirm, settings,
  'passkey-challenge': passkeyChallenge,
  'passkey-register': passkeyRegister,
  'passkey-login': passkeyLogin,
  'passkey-create': passkeyCreate,
  'passkey-create-verify': passkeyCreateVerify,
};

/** The no-script pages (form.js): the handler's own, not on the wire (the element never calls them). */
const PAGES = { 'sign-in': { method: 'GET', run: signInPage }, code: { method: 'GET', run: codePage } };

/** Route name (the path under basePath) → its method and handler. @type {ReadonlyMap<string, Route>} */
export const ROUTE_TABLE = new Map([
  .../** @type {[RouteName, string][]} */ (Object.entries(ROUTES)).map(([name, method]) => /** @type {[string, Route]} */ ([name, { method, run: HANDLERS[name] }])),
  ...Object.entries(PAGES),
]);
