// @ts-check
// Backend mode without JavaScript. The server-rendered element's first step posts as an ordinary form
// (application/x-www-form-urlencoded) to {basePath}/start; the handler answers with its own pages:
//   POST start (form)  → 303 to GET {basePath}/code (a link: the "check your email" page), or the sign-in page
//                        again with the refusal
//   GET  code          → the code form (posts to verify), to whom the code went
//   POST verify (form) → 303 to where the sign-in returns, or the code page again with the refusal
//   GET  sign-in       → the first step as the handler's own page (after a refusal, or for a browser that sends
//                        neither Origin nor Sec-Fetch-Site)
// A form post runs as the JSON request it stands for, through the same pipeline (throttles, human check,
// idempotency), after its own CSRF checks: SECURITY.md, "Forms without JavaScript".
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { normaliseEmail, normalisePhone } from '../../protocol/identifiers.js';
import { CSRF_HEADER, RETURN_PARAM, RETURN_SIGNED_IN, SEND_HEADER } from '../../protocol/wire.js';
import { allowedOrigins } from '../csrf.js';
import { freshForm, formCookie, formToken, readForm, tokenMatches } from '../form-cookie.js';
import { FORM_MESSAGES } from '../form-messages.js';
import { errorResponse, readBytes } from '../http.js';
import { log } from '../log.js';
import { escapeHtml, htmlPage, pageLanguage } from '../pages.js';
import { returnPathFor, safeReturnPath, withParams } from '../return-path.js';

/** @typedef {import('../handler.js').Call} Call */
/** @typedef {import('../form-cookie.js').FormState} FormState */
/** @typedef {import('../form-messages.js').FormMessages} FormMessages */
/** @typedef {import('../../protocol/error-codes.js').LoginErrorCode} LoginErrorCode */

const FORM_TYPE = 'application/x-www-form-urlencoded';

/**
 * Whether a POST is an ordinary form's: urlencoded, without the custom header (which no form can send: a request
 * with it is a script's, and keeps the JSON rules, 415 for this type).
 * @param {Request} request
 */
function isFormPost(request) {
  return (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase() === FORM_TYPE && !request.headers.has(CSRF_HEADER);
}

/** The page's language: `?lang` (the server-rendered element's), else Accept-Language. @param {Request} request */
function languageOf(request) {
  const asked = new URL(request.url).searchParams.get('lang') ?? undefined;
  const language = pageLanguage(request, asked);
  return Object.hasOwn(FORM_MESSAGES, language) ? language : 'en';
}

/** `?lang=` for the handler's next page, so that it speaks the same language. @param {string} language */
const langQuery = (language) => `?lang=${encodeURIComponent(language)}`;

/**
 * The refusal in the element's words: its message, and for a wait, when to try again.
 * @param {FormMessages} m @param {LoginErrorCode} error @param {number} [retryAfter]
 */
function errorText(m, error, retryAfter) {
  const text = escapeHtml(m.errors[error] ?? m.errors.unknown);
  if (error !== 'rate_limited' || !retryAfter) return text;
  return `${text} ${escapeHtml(m.tryAgainIn).replace('{seconds}', String(retryAfter))}`;
}

/**
 * The CSRF verdict on a form post. Null when it may go on, else why not: 'cross_site' (a signal says another site
 * sent it) or 'no_signal' (neither Origin nor Sec-Fetch-Site, and no valid token).
 * @param {Call} call @param {FormState | null} state @param {string | null} token @param {boolean} tokenRequired
 * @returns {Promise<'cross_site' | 'no_signal' | 'token' | null>}
 */
async function formRefusal(call, state, token, tokenRequired) {
  const { request, options } = call;
  const site = request.headers.get('sec-fetch-site');
  const origin = request.headers.get('origin');
  if (site !== null && site !== 'same-origin') return 'cross_site';
  if (origin && origin !== 'null' && !allowedOrigins(options, request).includes(origin)) return 'cross_site';
  const valid = await tokenMatches(options, state, token);
  if (tokenRequired && !valid) return 'token';
  // Neither signal: only the token proves the form was this site's.
  if (site === null && (!origin || origin === 'null') && !valid) return 'no_signal';
  return null;
}

/**
 * The first step as the handler's page: the address (or number) field, the form token, the refusal if any.
 * @param {Call} call @param {{ state: FormState, error?: LoginErrorCode, retryAfter?: number, status?: number, cookies?: string[], value?: string }} page
 */
async function signInForm(call, { state, error, retryAfter, status = 200, cookies = [], value = '' }) {
  const { options, request } = call;
  const language = languageOf(request);
  const m = FORM_MESSAGES[language];
  const sms = new URL(request.url).searchParams.get('connection') === 'sms' ? options.connections.includes('sms') : !options.connections.includes('email');
  const [name, type, label, hint, autocomplete] = sms ? ['tel', 'tel', m.phoneLabel, m.phoneHint, 'tel'] : ['email', 'email', m.emailLabel, m.emailHint, 'email'];
  const described = error ? 'hint error' : 'hint';
  const main = `<h1>${escapeHtml(m.title)}</h1>
<form method="post" action="${escapeHtml(`${options.basePath}/start${langQuery(language)}`)}">
<label for="identifier">${escapeHtml(label)}</label>
<input id="identifier" name="${name}" type="${type}" autocomplete="${autocomplete}" required value="${escapeHtml(value)}" aria-describedby="${described}"${error ? ' aria-invalid="true"' : ''}>
<p id="hint" class="detail">${escapeHtml(hint)}</p>
${error ? `<p id="error" class="error">${errorText(m, error, retryAfter)}</p>\n` : ''}<input type="hidden" name="form_token" value="${await formToken(options, state)}">
<button type="submit">${escapeHtml(m.sendCode)}</button>
</form>`;
  return htmlPage(options, { language, dir: m.dir, title: m.title, page: 'sign-in', main, status, formAction: true, cookies });
}

/**
 * The code step as the handler's page: to whom the code went, the code field, the form token, the refusal if any.
 * @param {Call} call @param {{ state: FormState & { identifier: string }, error?: LoginErrorCode, retryAfter?: number, status?: number, cookies?: string[] }} page
 */
async function codeForm(call, { state, error, retryAfter, status = 200, cookies = [] }) {
  const { options, request } = call;
  const language = languageOf(request);
  const m = FORM_MESSAGES[language];
  const [before, after = ''] = m.codeSentTo.split('{recipient}');
  const other = state.connection === 'sms' ? m.useDifferentPhone : m.useDifferentEmail;
  const query = `${langQuery(language)}${state.connection === 'sms' ? '&connection=sms' : ''}`;
  const main = `<h1>${escapeHtml(m.title)}</h1>
<p id="sent">${escapeHtml(before)}<bdi dir="ltr">${escapeHtml(state.identifier)}</bdi>${escapeHtml(after)}</p>
<form method="post" action="${escapeHtml(`${options.basePath}/verify${langQuery(language)}`)}">
<label for="code">${escapeHtml(m.codeLabel)}</label>
<input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" required aria-describedby="${error ? 'sent error' : 'sent'}"${error ? ' aria-invalid="true"' : ''}>
${error ? `<p id="error" class="error">${errorText(m, error, retryAfter)}</p>\n` : ''}<input type="hidden" name="form_token" value="${await formToken(options, state)}">
<button type="submit">${escapeHtml(m.verify)}</button>
</form>
<a class="other" href="${escapeHtml(`${options.basePath}/sign-in${query}`)}">${escapeHtml(other)}</a>`;
  return htmlPage(options, { language, dir: m.dir, title: m.title, page: 'code', main, status, formAction: true, cookies });
}

/**
 * The page after a link was sent: where it went, and to open it in this browser.
 * @param {Call} call @param {string} recipient @param {string[]} cookies
 */
function linkSent(call, recipient, cookies) {
  const { options, request } = call;
  const language = languageOf(request);
  const m = FORM_MESSAGES[language];
  const [before, after = ''] = m.linkSentTo.split('{recipient}');
  const main = `<h1>${escapeHtml(m.checkEmailTitle)}</h1>
<p>${escapeHtml(before)}<bdi dir="ltr">${escapeHtml(recipient)}</bdi>${escapeHtml(after)}</p>
<p class="detail">${escapeHtml(m.checkEmailHint)}</p>
<a class="other" href="${escapeHtml(`${options.basePath}/sign-in${langQuery(language)}`)}">${escapeHtml(m.useDifferentEmail)}</a>`;
  return htmlPage(options, { language, dir: m.dir, title: m.checkEmailTitle, page: 'check-email', main, status: 200, cookies });
}

/** The state this browser has, or a fresh one with the cookie that keeps it. @param {Call} call */
async function stateOf(call) {
  const state = await readForm(call.options, call.request);
  if (state) return { state, cookies: /** @type {string[]} */ ([]) };
  const fresh = freshForm();
  return { state: fresh, cookies: [await formCookie(call.options, call.request, fresh)] };
}

/** A 303 to a path on this site, with cookies. @param {string} location @param {string[]} cookies */
function seeOther(location, cookies) {
  const headers = new Headers({ 'Cache-Control': 'no-store', Location: location, 'Referrer-Policy': 'no-referrer' });
  for (const c of cookies) headers.append('Set-Cookie', c);
  return new Response(null, { status: 303, headers });
}

/** GET {basePath}/sign-in @param {Call} call */
export async function signInPage(call) {
  const { state, cookies } = await stateOf(call);
  return signInForm(call, { state, cookies });
}

/** GET {basePath}/code: the code form, or the sign-in page when no code was asked for here. @param {Call} call */
export async function codePage(call) {
  const state = await readForm(call.options, call.request);
  const language = languageOf(call.request);
  if (!state?.identifier) return seeOther(`${call.options.basePath}/sign-in${langQuery(language)}`, []);
  return codeForm(call, { state: /** @type {FormState & { identifier: string }} */ (state) });
}

/**
 * The JSON request a form post stands for: the same URL and cookies, a JSON body, the custom header.
 * @param {Request} request @param {Record<string, unknown>} body
 */
function asJson(request, body) {
  const headers = new Headers({ 'content-type': 'application/json', [CSRF_HEADER]: '1' });
  for (const name of ['cookie', 'accept-language', 'referer', 'user-agent', 'x-forwarded-for', 'x-forwarded-proto', 'x-forwarded-host', 'forwarded', 'host']) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  return new Request(request.url, { method: 'POST', headers, body: JSON.stringify(body) });
}

/** The JSON answer's error and wait. @param {Response} response */
async function refusalOf(response) {
  const body = await response.json().catch(() => ({}));
  const error = /** @type {LoginErrorCode} */ (typeof body?.error === 'string' ? body.error : 'unknown');
  const retryAfter = Number(response.headers.get('retry-after')) || undefined;
  return { error, retryAfter, status: response.status };
}

/**
 * A route that also takes the no-script form: `start` or `verify`. JSON requests go to the route as before.
 * @param {(call: Call) => Promise<Response>} route @param {'start' | 'verify'} kind
 * @returns {(call: Call) => Promise<Response>}
 */
export function withForm(route, kind) {
  return async (call) => {
    if (!isFormPost(call.request)) return route(call);
    const { options, request } = call;
    const body = await readBytes(request);
    const fields = new URLSearchParams(body.ok ? new TextDecoder().decode(body.bytes) : '');
    const current = await readForm(options, request);
    const refusal = await formRefusal(call, current, fields.get('form_token'), kind === 'verify');
    const language = languageOf(request);
    if (refusal) {
      log(options, { level: 'warn', event: 'csrf', outcome: `form_${refusal}`, status: refusal === 'cross_site' ? 403 : 303 });
      // Nothing was done. A form without signals (an old browser) is sent to the handler's own page, whose token
      // proves the next post; a form from another site is refused as the JSON routes refuse it (no page to show:
      // nobody there asked to sign in).
      if (refusal !== 'cross_site') return seeOther(`${options.basePath}/sign-in${langQuery(language)}`, []);
      return errorResponse(403, 'origin_not_allowed');
    }
    const state = current ?? freshForm();
    const json = { ...call, formChecked: /** @type {const} */ (true) };
    if (kind === 'start') {
      const connection = /** @type {'email' | 'sms'} */ (fields.has('tel') && !fields.has('email') ? 'sms' : 'email');
      const identifier = fields.get(connection === 'sms' ? 'tel' : 'email') ?? '';
      const response = await route({ ...json, request: asJson(request, { connection, identifier, locale: language }) });
      if (response.status !== 204) {
        const { error, retryAfter, status } = await refusalOf(response);
        return signInForm(call, { state, error, retryAfter, status, value: identifier, cookies: [await formCookie(options, request, state)] });
      }
      // Whom the code went to, as the handler normalised it (the pipeline's own rules), and where to return.
      const normalised = (connection === 'email' ? normaliseEmail(identifier) : normalisePhone(identifier, parsePhoneNumberFromString)) || identifier;
      // A link: the start cookie holds what finishes it (the callback returns to the Referer's page, as for the element).
      if (response.headers.get(SEND_HEADER) === 'link') return linkSent(call, normalised, response.headers.getSetCookie());
      const returnTo = returnPathFor(options, request, undefined);
      const next = { nonce: state.nonce, connection, identifier: normalised, returnTo };
      return seeOther(`${options.basePath}/code${langQuery(language)}`, [...response.headers.getSetCookie(), await formCookie(options, request, next)]);
    }
    if (!state.identifier) return seeOther(`${options.basePath}/sign-in${langQuery(language)}`, []);
    const person = /** @type {FormState & { identifier: string }} */ (state);
    const response = await route({ ...json, request: asJson(request, { connection: person.connection, identifier: person.identifier, code: fields.get('code') ?? '' }) });
    if (response.status !== 200) {
      const { error, retryAfter, status } = await refusalOf(response);
      return codeForm(call, { state: person, error, retryAfter, status, cookies: response.headers.getSetCookie() });
    }
    // Signed in: the session (and the spent ticket) cookies, the form state forgets the person. The page comes back
    // saying so (as a magic link's return does), so an element there shows who is signed in, not the form again.
    const back = withParams(safeReturnPath(person.returnTo) ?? options.loginUrl, { [RETURN_PARAM]: RETURN_SIGNED_IN });
    return seeOther(back, [...response.headers.getSetCookie(), await formCookie(options, request, { nonce: freshForm().nonce })]);
  };
}
