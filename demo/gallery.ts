// Renders every state of the element side by side, with the fake transport and previewState().
import '../src/passwordless-login.js';
import type { PasswordlessLogin } from '../src/passwordless-login.js';
import { FakeTransport, previewState, type PreviewState } from '../src/testing.js';
import { wireThemePicker } from './theme-picker.js';

const sent = { identifier: 'alice@example.com', recipient: 'alice@example.com', maskedRecipient: 'a•••@example.com' };
const later = () => Date.now() + 45_000;

const STATES: [title: string, attributes: Record<string, string>, state: PreviewState][] = [
  ['Identify (email)', {}, { step: 'identify' }],
  ['Identify (SMS)', { connection: 'sms' }, { step: 'identify' }],
  ['Sending', {}, { step: 'identify', identifier: 'alice@example.com', busy: true }],
  ['Invalid email', {}, { step: 'identify', identifier: 'alice@exam ple', error: 'invalid_email' }],
  ['Code', {}, { step: 'code', ...sent, resendAvailableAt: 0 }],
  ['Code, cooldown', {}, { step: 'code', ...sent, resendAvailableAt: later() }],
  ['Wrong code', {}, { step: 'code', ...sent, code: '123457', error: 'wrong_code' }],
  ['Code expired', {}, { step: 'code', ...sent, error: 'code_expired' }],
  ['Rate-limited', {}, { step: 'identify', identifier: 'alice@example.com', error: 'rate_limited', resendAvailableAt: later() }],
  ['Check email', { send: 'link' }, { step: 'check-email', ...sent, resendAvailableAt: later() }],
  ['Signing in', {}, { step: 'callback', busy: true }],
  ['Link expired or opened elsewhere', { send: 'link' }, { step: 'error', identifier: 'alice@example.com', error: 'link_invalid' }],
  ['Offline', {}, { step: 'code', ...sent, code: '123456', error: 'network' }],
  ['Success', {}, { step: 'success', user: { sub: 'email|1', email: 'alice@example.com' } }],
  ['Error', {}, { step: 'error', error: 'client_authentication_required' }],
];

const gallery = document.querySelector('#gallery')!;
for (const [title, attributes, state] of STATES) {
  const figure = document.createElement('figure');
  const caption = document.createElement('figcaption');
  caption.textContent = title;
  const login = document.createElement('passwordless-login') as PasswordlessLogin;
  for (const [name, value] of Object.entries(attributes)) login.setAttribute(name, value);
  login.customTransport = new FakeTransport({ latency: 600 });
  figure.append(caption, login);
  gallery.append(figure);
  await login.updateComplete;
  previewState(login, state);
}

wireThemePicker(document.querySelector<HTMLSelectElement>('#theme')!, new URLSearchParams(location.search).get('theme') ?? '');

const lang = document.querySelector<HTMLInputElement>('#lang')!;
lang.value = new URLSearchParams(location.search).get('lang') ?? 'en';
const applyLang = () => (gallery.setAttribute('lang', lang.value));
applyLang();
lang.addEventListener('change', applyLang);
