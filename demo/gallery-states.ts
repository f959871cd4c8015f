// Every step the element can show, and the variants a designer must see (errors, waits, SMS, how a step was reached),
// for the states gallery and `npm run screenshots`. Each has a stable id (the figure's data-state). Times are computed
// when shown.
import type { PasswordlessLogin } from '../src/passwordless-login.js';
import type { PreviewState } from '../src/testing.js';

export interface GalleryState {
  id: string;
  title: string;
  /** The element's attributes (connection, send). */
  attributes: Record<string, string>;
  state: () => PreviewState;
  /**
   * What the person does next, for what is the widget's own rather than the flow's (the country list open, a search
   * typed). It takes focus, so one state at most has it; the gallery runs it once every state is drawn.
   */
  then?: (element: PasswordlessLogin) => Promise<void>;
}

const email = { identifier: 'alice@example.com', recipient: 'alice@example.com', maskedRecipient: 'a•••@example.com' };
const phone = { identifier: '+44 7700 900123', recipient: '+447700900123', maskedRecipient: '+44•••23' };
const tenant = 'example.eu.auth0.com';
const in45s = () => Date.now() + 45_000;
/** The sign-in service's own wait before a retry, when it named none (machine.ts, OUTAGE_RETRY_MS). */
const in5s = () => Date.now() + 5_000;
const sms = { connection: 'sms' };
const link = { send: 'link' };
const signOutButton = { 'sign-out-button': '' };
/**
 * A site that offers passkey sign-in, sign-up and creation. The preview sets the offer itself: the element keeps the
 * `passkeys` attribute off, so it never asks the fake transport (which has no passkeys) and loses the offer.
 */
const passkeyAttributes = {};
const passkeys = { offer: { signup: true, create: true } };

/**
 * A picture like the one Auth0's Bot Detection returns (an image's base64 data): five characters, slanted, over a
 * few lines of noise. The gallery's own drawing, so that it needs no network.
 */
const PICTURE = `data:image/svg+xml;base64,${btoa(
  '<svg xmlns="http://www.w3.org/2000/svg" width="150" height="50" viewBox="0 0 150 50">' +
    '<rect width="150" height="50" fill="#fff"/>' +
    '<path d="M5 40 C40 5 80 45 145 12" stroke="#888" fill="none" stroke-width="2"/>' +
    '<path d="M8 15 C50 35 100 5 140 38" stroke="#aaa" fill="none" stroke-width="1.5"/>' +
    '<text x="18" y="36" font-family="monospace" font-size="30" fill="#222" transform="rotate(-4 75 25)">x7Kp2</text>' +
    '</svg>',
)}`;
const picture = { kind: 'picture', image: PICTURE, answer: 'code' } as const;
const turnstile = { kind: 'widget', provider: 'turnstile', siteKey: '1x00000000000000000000AA' } as const;

/** Opens the country list and types a search in it, as a person does: the picker's field keeps the focus. */
async function searchCountry(element: PasswordlessLogin, query: string): Promise<void> {
  // The picker comes with the phone data, which may arrive after the step is drawn.
  let field: HTMLInputElement | null | undefined;
  while (!(field = element.shadowRoot?.querySelector<HTMLInputElement>('[part~="country-select"]'))) {
    await new Promise(requestAnimationFrame);
  }
  field.focus();
  field.value = query;
  field.dispatchEvent(new InputEvent('input', { data: query, inputType: 'insertText', bubbles: true, composed: true }));
  await element.updateComplete;
}

export const GALLERY_STATES: GalleryState[] = [
  { id: 'identify', title: 'Identify (email)', attributes: {}, state: () => ({ step: 'identify' }) },
  { id: 'identify-sms', title: 'Identify (SMS)', attributes: sms, state: () => ({ step: 'identify' }) },
  { id: 'identify-link', title: 'Identify (magic link)', attributes: link, state: () => ({ step: 'identify' }) },
  { id: 'sending', title: 'Sending', attributes: {}, state: () => ({ step: 'identify', identifier: email.identifier, busy: true }) },
  { id: 'invalid-email', title: 'Invalid email', attributes: {}, state: () => ({ step: 'identify', identifier: 'alice@exam ple', error: 'invalid_email' }) },
  { id: 'invalid-phone', title: 'Invalid phone number', attributes: sms, state: () => ({ step: 'identify', identifier: '+44 12', error: 'invalid_phone_number' }) },
  { id: 'country-search', title: 'Country list, a search typed', attributes: sms, state: () => ({ step: 'identify' }), then: (element) => searchCountry(element, 'united') },
  { id: 'suggestion', title: 'Did you mean…? (a typo)', attributes: {}, state: () => ({ step: 'identify', identifier: 'alice@gmial.com', suggestion: 'alice@gmail.com' }) },
  { id: 'rate-limited', title: 'Rate-limited', attributes: {}, state: () => ({ step: 'identify', identifier: email.identifier, error: 'rate_limited', resendAvailableAt: in45s() }) },
  {
    id: 'send-refused', title: 'First send refused, retry countdown', attributes: {},
    state: () => ({ step: 'identify', identifier: email.identifier, error: 'service_unavailable', resendAvailableAt: in5s() }),
  },
  { id: 'check-picture', title: 'Human check: a picture (Bot Detection)', attributes: {}, state: () => ({ step: 'identify', identifier: email.identifier, check: { challenge: picture, status: 'ready', answer: '' } }) },
  {
    id: 'check-required', title: 'Human check: not answered yet', attributes: {},
    state: () => ({ step: 'identify', identifier: email.identifier, check: { challenge: picture, status: 'ready', answer: '' }, error: 'captcha_required' }),
  },
  {
    id: 'check-wrong', title: 'Human check: wrong answer, a new picture', attributes: {},
    state: () => ({ step: 'identify', identifier: email.identifier, check: { challenge: picture, status: 'ready', answer: '' }, error: 'invalid_captcha' }),
  },
  {
    id: 'check-again', title: 'Human check: a fresh one before a resend (the last answer went with the last send)', attributes: {},
    state: () => ({ step: 'identify', ...email, check: { challenge: picture, status: 'ready', answer: '' }, checkAgain: true }),
  },
  { id: 'check-loading', title: "Human check: a provider's widget loading", attributes: {}, state: () => ({ step: 'identify', identifier: email.identifier, check: { challenge: turnstile, status: 'loading', answer: '' } }) },
  { id: 'check-unavailable', title: 'Human check: could not load', attributes: {}, state: () => ({ step: 'identify', identifier: email.identifier, check: { challenge: turnstile, status: 'unavailable', answer: '' } }) },
  {
    id: 'country-not-allowed', title: 'SMS to a country the site does not send to', attributes: { ...sms, 'sms-countries': 'GB IE' },
    state: () => ({ step: 'identify', identifier: '+33 6 12 34 56 78', error: 'country_not_allowed' }),
  },
  { id: 'identify-passkeys', title: 'Identify, with passkeys (sign in, sign up)', attributes: passkeyAttributes, state: () => ({ step: 'identify', passkeys }) },
  {
    id: 'passkey-signing-in', title: 'Signing in with a passkey', attributes: passkeyAttributes,
    state: () => ({ step: 'identify', busy: true, passkeys: { ...passkeys, running: 'sign-in' } }),
  },
  { id: 'passkey-failed', title: 'Passkey sign-in refused', attributes: passkeyAttributes, state: () => ({ step: 'identify', passkeys, error: 'passkey_rejected' }) },
  { id: 'signed-out', title: 'Signed out', attributes: signOutButton, state: () => ({ step: 'identify', signedOut: true }) },
  { id: 'recently-sent', title: 'Sent moments ago (its code used up)', attributes: {}, state: () => ({ step: 'identify', ...email, alreadySent: true, resendAvailableAt: in45s() }) },
  { id: 'code', title: 'Code', attributes: {}, state: () => ({ step: 'code', ...email, sentWith: 'code', resendAvailableAt: 0 }) },
  { id: 'code-sms', title: 'Code (SMS)', attributes: sms, state: () => ({ step: 'code', ...phone, sentWith: 'code', resendAvailableAt: 0 }) },
  { id: 'code-cooldown', title: 'Code, resend waits', attributes: {}, state: () => ({ step: 'code', ...email, sentWith: 'code', sendCount: 1, resendAvailableAt: in45s() }) },
  {
    id: 'already-sent', title: 'Code already sent (address held)', attributes: {},
    state: () => ({ step: 'code', ...email, sentWith: 'code', sendCount: 1, alreadySent: true, resendAvailableAt: in45s() }),
  },
  { id: 'wrong-code', title: 'Wrong code', attributes: {}, state: () => ({ step: 'code', ...email, sentWith: 'code', code: '123457', error: 'wrong_code' }) },
  {
    id: 'code-used-up', title: 'Code used up (last wrong try)', attributes: {},
    state: () => ({ step: 'code', ...email, sentWith: 'code', error: 'too_many_attempts', wrongCodes: ['123457', '123458', '123459'] }),
  },
  { id: 'code-expired', title: 'Code expired', attributes: {}, state: () => ({ step: 'code', ...email, sentWith: 'code', error: 'code_expired' }) },
  { id: 'offline', title: 'Offline', attributes: {}, state: () => ({ step: 'code', ...email, sentWith: 'code', code: '123456', error: 'network' }) },
  { id: 'check-email', title: 'Check email', attributes: link, state: () => ({ step: 'check-email', ...email, sentWith: 'link', sendCount: 1, resendAvailableAt: in45s() }) },
  {
    id: 'already-sent-link', title: 'Link already sent (address held)', attributes: link,
    state: () => ({ step: 'check-email', ...email, sentWith: 'link', sendCount: 1, alreadySent: true, resendAvailableAt: in45s() }),
  },
  {
    id: 'continue-auth0', title: "Continue on Auth0's page", attributes: {},
    state: () => ({ step: 'continue', ...email, continuation: { to: 'universal-login', reason: 'code-refused', host: tenant, connection: 'email', recipient: email.recipient } }),
  },
  {
    id: 'continue-other-browser', title: 'Link opened in another browser', attributes: link,
    state: () => ({
      step: 'continue', ...email, maskedRecipient: email.recipient,
      continuation: { to: 'link-session', reason: 'other-browser', host: tenant, connection: 'email', recipient: email.recipient, maskedRecipient: email.recipient },
    }),
  },
  { id: 'callback', title: 'Signing in', attributes: {}, state: () => ({ step: 'callback', busy: true }) },
  { id: 'success', title: 'Success', attributes: {}, state: () => ({ step: 'success', user: { sub: 'email|1', email: email.recipient } }) },
  { id: 'success-sign-out', title: 'Success, with sign out', attributes: signOutButton, state: () => ({ step: 'success', user: { sub: 'email|1', email: email.recipient } }) },
  {
    id: 'welcome-back', title: 'Welcome back (session on load)', attributes: signOutButton,
    state: () => ({ step: 'success', user: { sub: 'email|1', email: email.recipient }, restored: true }),
  },
  {
    id: 'passkey-offer', title: 'Create a passkey? (after a code)', attributes: passkeyAttributes,
    state: () => ({ step: 'passkey-offer', user: { sub: 'auth0|1', email: email.recipient }, passkeys }),
  },
  {
    id: 'passkey-creating', title: 'Creating a passkey', attributes: passkeyAttributes,
    state: () => ({ step: 'passkey-offer', busy: true, user: { sub: 'auth0|1', email: email.recipient }, passkeys: { ...passkeys, running: 'create' } }),
  },
  {
    id: 'passkey-created', title: 'Passkey created', attributes: signOutButton,
    state: () => ({ step: 'success', user: { sub: 'auth0|1', email: email.recipient }, passkeyCreated: true }),
  },
  { id: 'link-invalid', title: 'Link expired or used', attributes: link, state: () => ({ step: 'error', identifier: email.identifier, error: 'link_invalid' }) },
  { id: 'blocked', title: 'Account blocked', attributes: {}, state: () => ({ step: 'error', ...email, sentWith: 'code', error: 'blocked' }) },
  { id: 'error', title: 'Error (misconfigured site)', attributes: {}, state: () => ({ step: 'error', error: 'client_authentication_required' }) },
];
