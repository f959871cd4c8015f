// @ts-check
// GET {basePath}/callback: where a magic link lands. Only the browser that asked for the link (its start cookie)
// can finish it; the outcome goes back to the page as ?passwordless=signed-in or =error&code_error=<code>.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { normaliseEmail, normalisePhone } from '../../protocol/identifiers.js';
import { RETURN_CONFIRM, RETURN_ERROR_PARAM, RETURN_FAILED, RETURN_PARAM, RETURN_SIGNED_IN } from '../../protocol/wire.js';
import { codeToken, sessionFrom, silentAuthorizeUrl } from '../auth0-client.js';
import { confirmCookie, CONFIRM_MAX_AGE } from '../confirm-cookie.js';
import { mapAuth0Error } from '../auth0-errors.js';
import { classifyAuth0Error } from '../../protocol/auth0-errors.js';
import { hashValue, randomToken } from '../crypto.js';
import { redirect } from '../http.js';
import { log } from '../log.js';
import { linkProblemPage, pageLanguage } from '../pages.js';
import { withParams } from '../return-path.js';
import { onlyStoreDown, STORE_DOWN } from '../failure.js';
import { readSession, startSession } from '../session.js';
import { expiresIn, readStart, startCookie } from '../start-cookie.js';

/** @typedef {import('../handler.js').Call} Call */
/** @typedef {import('../failure.js').Failure} Failure */
/** @typedef {import('../session.js').SessionUser} SessionUser */

/**
 * Who the ID token says signed in, as the start hashed it (`connection:identifier`), to compare with the person
 * who asked for the link.
 * @param {SessionUser} user
 */
function claimedIdentifier(user) {
  if (typeof user.email === 'string') return `email:${normaliseEmail(user.email) ?? user.email.toLowerCase()}`;
  if (typeof user.phone_number === 'string') return `sms:${normalisePhone(user.phone_number, parsePhoneNumberFromString) ?? user.phone_number}`;
  return undefined;
}

/**
 * The store key that remembers a fresh sign-in this handler started for a link from another browser (by its state).
 * @param {import('../options.js').ResolvedOptions} options @param {string | null} state
 */
async function silentKey(options, state) {
  return state ? `silent-state:${await hashValue(options, state)}` : null;
}

/**
 * Whether this browser is signed in already (as the person who asked for the link, when the link is this browser's
 * own): a link that cannot finish then takes them back signed in, never to a page that says they are not. A store
 * that cannot answer counts as not signed in (the link's own outcome is shown).
 * @param {import('../options.js').ResolvedOptions} options @param {Request} request
 * @param {import('../start-cookie.js').PendingLink} [entry]
 */
async function signedInAlready(options, request, entry) {
  const session = await readSession(options, request).catch((error) => {
    onlyStoreDown(error);
    return null;
  });
  if (!session) return false;
  if (!entry) return true;
  const claimed = claimedIdentifier(session.user);
  return claimed !== undefined && (await hashValue(options, claimed)) === entry.identifier;
}

/**
 * Which page explains a link this browser holds no start for (and could not take to a confirmation).
 * @param {URLSearchParams} query @returns {import('../pages.js').PageReason}
 */
function pageFor(query) {
  const error = query.get('error');
  if (error === null) return 'other_browser';
  const { code } = classifyAuth0Error({ error, description: query.get('error_description') ?? '' }, { step: 'callback', side: 'server' });
  return code === 'code_expired' ? 'expired' : code === 'link_invalid' ? 'used' : 'failed';
}

/** @param {Call} call */
export async function callback(call) {
  const { options, request } = call;
  const query = new URL(request.url).searchParams;
  const start = await readStart(options, request);
  const { pending } = start;
  const returning = await silentKey(options, query.get('state'));
  if (pending.length === 0 && returning && (await options.store.read(returning).catch(() => null))) {
    // Back from the fresh sign-in this handler started, still without the start cookie it set: this browser keeps no
    // cookies for the site. Going round again would loop until the browser gives up.
    log(options, { level: 'warn', event: 'callback', outcome: 'no_start_cookie_after_silent', status: 400 });
    return linkProblemPage('no_cookies', options, pageLanguage(request, start.locale));
  }
  if (pending.length === 0 && query.get('code') && query.get('error') === null && options.callbackUrl) {
    // A working link opened in another browser (or profile) than the one that asked for it (this one asked for
    // nothing): Auth0 just created a session here. Its answer is not used (its state belongs to the other browser); a fresh sign-in with this
    // browser's own state and nonce picks up the session, and waits for the person to confirm it (confirm.js).
    const entry = { state: randomToken(), nonce: randomToken(), returnTo: options.loginUrl, identifier: '', exp: expiresIn(CONFIRM_MAX_AGE), confirm: /** @type {const} */ (true) };
    log(options, { level: 'info', event: 'callback', outcome: 'other_browser_continue', status: 302 });
    // Remembered for its round trip (best effort: a store that cannot answer only loses this loop guard).
    await options.store.write(/** @type {string} */ (await silentKey(options, entry.state)), '1', CONFIRM_MAX_AGE).catch(() => undefined);
    return redirect(silentAuthorizeUrl(options, { state: entry.state, nonce: entry.nonce, callbackUrl: options.callbackUrl }), [
      await startCookie(options, request, { ...start, pending: [...pending, entry] }),
    ]);
  }
  if (pending.length === 0) {
    if (await signedInAlready(options, request)) {
      // A used or expired link opened again where the person is signed in (often the very browser it signed in).
      log(options, { level: 'info', event: 'callback', outcome: 'signed_in_already', status: 302 });
      return redirect(withParams(options.loginUrl, { [RETURN_PARAM]: RETURN_SIGNED_IN }), []);
    }
    // Used, expired or refused, in a browser that asked for nothing: explain in the person's words, never "state".
    log(options, { level: 'warn', event: 'callback', outcome: 'no_start_cookie', status: 400 });
    return linkProblemPage(pageFor(query), options, pageLanguage(request, start.locale));
  }
  const state = query.get('state') ?? '';
  const entry = pending.find((p) => p.state === state);
  const rest = pending.filter((p) => p !== entry);
  const target = entry?.returnTo ?? pending[pending.length - 1].returnTo;
  /** Back to the page with the code; the failure's Auth0 fields go to the log only. @param {Failure} failure */
  const failWith = async (failure) => {
    const { error, auth0Error, auth0Status, auth0RequestId, hint } = failure;
    log(options, { level: 'warn', event: 'callback', outcome: error, status: 302, auth0Error, auth0Status, auth0RequestId, hint });
    return redirect(withParams(target, { [RETURN_PARAM]: RETURN_FAILED, [RETURN_ERROR_PARAM]: error }), [await startCookie(options, request, { ...start, pending: rest })]);
  };
  /** A link that cannot finish here, opened where the person is signed in already: back to the page, signed in. */
  const signedInAnyway = async () => {
    log(options, { level: 'info', event: 'callback', outcome: 'signed_in_already', status: 302 });
    return redirect(withParams(target, { [RETURN_PARAM]: RETURN_SIGNED_IN }), [await startCookie(options, request, { ...start, pending: rest })]);
  };
  if (!entry) return (await signedInAlready(options, request)) ? signedInAnyway() : failWith({ status: 302, error: 'link_invalid' });
  const error = query.get('error');
  if (error !== null) {
    if (await signedInAlready(options, request, entry)) return signedInAnyway();
    return failWith(mapAuth0Error({ error, description: query.get('error_description') ?? '' }, 'callback', undefined, { unmatched: 'link_invalid' }));
  }
  const code = query.get('code');
  if (!code || code.length > 512) return failWith({ status: 302, error: 'link_invalid' });
  const result = await codeToken(options, { code, ip: call.ip });
  if (!result.ok) return failWith(result.failure);
  const session = await sessionFrom(options, result.tokens, entry.nonce, { audience: options.audience, method: 'link' });
  if (!session) return failWith({ status: 502, error: 'invalid_response', hint: 'The ID token failed verification (signature, issuer, audience, expiry or nonce).' });
  if (entry.confirm) {
    // Whose it is, the person says: the sign-in waits, sealed, and the page asks them (GET confirmation, POST confirm).
    if (!claimedIdentifier(session.user)) return failWith({ status: 302, error: 'link_invalid', hint: 'The ID token names no email or phone_number, so the person cannot be asked whether it is theirs.' });
    log(options, { level: 'info', event: 'callback', outcome: 'awaiting_confirmation', status: 302 });
    return redirect(withParams(entry.returnTo, { [RETURN_PARAM]: RETURN_CONFIRM }), [
      await confirmCookie(options, request, session, entry.returnTo),
      await startCookie(options, request, { ...start, pending: rest }),
    ]);
  }
  const claimed = claimedIdentifier(session.user);
  if (!claimed || (await hashValue(options, claimed)) !== entry.identifier) {
    const hint = claimed ? 'The link signed in someone other than the person who asked for it.' : 'The ID token names no email or phone_number, so the link cannot be checked against the person who asked for it.';
    return failWith({ status: 302, error: 'link_invalid', hint });
  }
  let cookie;
  try {
    cookie = await startSession(options, request, session);
  } catch (error) {
    onlyStoreDown(error);
    return failWith(STORE_DOWN);
  }
  log(options, { level: 'info', event: 'callback', outcome: 'ok', status: 302, identifier: entry.identifier });
  const cookies = [cookie, await startCookie(options, request, { ...start, pending: rest })];
  return redirect(withParams(entry.returnTo, { [RETURN_PARAM]: RETURN_SIGNED_IN }), cookies);
}
