// Every step the element can show, and the variants a designer must see (errors, waits, SMS), for the states
// gallery and `npm run screenshots`. Each has a stable id (the figure's data-state). Times are computed when shown.
import type { PreviewState } from '../src/testing.js';

export interface GalleryState {
  id: string;
  title: string;
  /** The element's attributes (connection, send). */
  attributes: Record<string, string>;
  state: () => PreviewState;
}

const email = { identifier: 'alice@example.com', recipient: 'alice@example.com', maskedRecipient: 'a•••@example.com' };
const phone = { identifier: '+44 7700 900123', recipient: '+447700900123', maskedRecipient: '+44•••23' };
const tenant = 'example.eu.auth0.com';
const in45s = () => Date.now() + 45_000;
const sms = { connection: 'sms' };
const link = { send: 'link' };

export const GALLERY_STATES: GalleryState[] = [
  { id: 'identify', title: 'Identify (email)', attributes: {}, state: () => ({ step: 'identify' }) },
  { id: 'identify-sms', title: 'Identify (SMS)', attributes: sms, state: () => ({ step: 'identify' }) },
  { id: 'identify-link', title: 'Identify (magic link)', attributes: link, state: () => ({ step: 'identify' }) },
  { id: 'sending', title: 'Sending', attributes: {}, state: () => ({ step: 'identify', identifier: email.identifier, busy: true }) },
  { id: 'invalid-email', title: 'Invalid email', attributes: {}, state: () => ({ step: 'identify', identifier: 'alice@exam ple', error: 'invalid_email' }) },
  { id: 'invalid-phone', title: 'Invalid phone number', attributes: sms, state: () => ({ step: 'identify', identifier: '+44 12', error: 'invalid_phone_number' }) },
  { id: 'rate-limited', title: 'Rate-limited', attributes: {}, state: () => ({ step: 'identify', identifier: email.identifier, error: 'rate_limited', resendAvailableAt: in45s() }) },
  { id: 'recently-sent', title: 'Sent moments ago (its code used up)', attributes: {}, state: () => ({ step: 'identify', ...email, alreadySent: true, resendAvailableAt: in45s() }) },
  { id: 'suggestion', title: 'Did you mean …?', attributes: {}, state: () => ({ step: 'identify', identifier: 'alice@gmial.com', suggestion: 'alice@gmail.com' }) },
  { id: 'signed-out', title: 'Signed out', attributes: {}, state: () => ({ step: 'identify', signedOut: true }) },
  { id: 'code', title: 'Code', attributes: {}, state: () => ({ step: 'code', ...email, sentWith: 'code', resendAvailableAt: 0 }) },
  { id: 'code-sms', title: 'Code (SMS)', attributes: sms, state: () => ({ step: 'code', ...phone, sentWith: 'code', resendAvailableAt: 0 }) },
  { id: 'code-cooldown', title: 'Code, resend waits', attributes: {}, state: () => ({ step: 'code', ...email, sentWith: 'code', sendCount: 1, resendAvailableAt: in45s() }) },
  { id: 'wrong-code', title: 'Wrong code', attributes: {}, state: () => ({ step: 'code', ...email, sentWith: 'code', code: '123457', error: 'wrong_code' }) },
  { id: 'code-expired', title: 'Code expired', attributes: {}, state: () => ({ step: 'code', ...email, sentWith: 'code', error: 'code_expired' }) },
  { id: 'offline', title: 'Offline', attributes: {}, state: () => ({ step: 'code', ...email, sentWith: 'code', code: '123456', error: 'network' }) },
  { id: 'check-email', title: 'Check email', attributes: link, state: () => ({ step: 'check-email', ...email, sentWith: 'link', sendCount: 1, resendAvailableAt: in45s() }) },
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
  { id: 'welcome-back', title: 'Session found on load', attributes: {}, state: () => ({ step: 'success', restored: true, user: { sub: 'email|1', email: email.recipient } }) },
  { id: 'link-invalid', title: 'Link expired or used', attributes: link, state: () => ({ step: 'error', identifier: email.identifier, error: 'link_invalid' }) },
  { id: 'error', title: 'Error (misconfigured site)', attributes: {}, state: () => ({ step: 'error', error: 'client_authentication_required' }) },
];
