// Wires the backend-mode demo page: options (send switches between the code and link endpoints, since the
// server fixes what is sent), themes, the event log, and "Who am I?" / "Sign out" against the session routes.
import '../src/passwordless-login.js';
import type { PasswordlessLogin } from '../src/passwordless-login.js';
import { logEvents } from './event-log.js';
import { wireThemePicker } from './theme-picker.js';
import { useHumanCheckStandIns } from '../src/testing.js';

const ENDPOINTS = { code: '/auth/passwordless', link: '/auth/passwordless-link' } as const;
/** The demo server's code handlers with a human check, one per provider (demo/server-plugins.js). */
const CHECKED_BASE = '/auth/passwordless-checked';
/** The session routes live on the code handler; both handlers share the session cookie. */
const SESSION_BASE = ENDPOINTS.code;
const HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Passwordless-Login': '1' };

const login = document.querySelector<PasswordlessLogin>('#login')!;
const stored = new URLSearchParams(location.search);
const select = (id: string) => document.querySelector<HTMLSelectElement>(`#${id}`)!;

function apply(name: 'connection' | 'send' | 'check', value: string): void {
  if (name === 'connection') login.setAttribute(name, value);
  const check = select('check').value;
  const send = select('send').value;
  // The human-check handlers send codes: a check chosen with "link" shows the link handler (no check), and back.
  login.setAttribute('endpoint', check && send === 'code' ? `${CHECKED_BASE}/${check}` : ENDPOINTS[send === 'link' ? 'link' : 'code']);
  login.setAttribute('send', send);
}

// Offline: the providers' scripts come from the emulator's stand-ins (the demo server verifies with its stand-ins too).
useHumanCheckStandIns(new URL(document.querySelector<HTMLIFrameElement>('#outbox')!.src).origin);

for (const name of ['connection', 'send', 'check'] as const) {
  const control = select(name);
  control.value = stored.get(name) ?? sessionStorage.getItem(`demo-backend:${name}`) ?? control.value;
  apply(name, control.value);
  control.addEventListener('change', () => {
    sessionStorage.setItem(`demo-backend:${name}`, control.value);
    apply(name, control.value);
    login.reset();
  });
}

wireThemePicker(select('theme'));

logEvents(login, document.querySelector('#log')!);

const output = document.querySelector<HTMLPreElement>('#session')!;

document.querySelector('#whoami')!.addEventListener('click', async () => {
  try {
    const response = await fetch(`${SESSION_BASE}/session`, { headers: HEADERS, credentials: 'same-origin' });
    const body = await response.json();
    output.textContent = response.ok ? `Signed in:\n${JSON.stringify(body.user, null, 2)}` : `Not signed in (${response.status} ${body.error}).`;
  } catch {
    output.textContent = 'The server did not answer.';
  }
});

// The element's own signOut(): POST /logout, and it forgets that this browser signed in (no session check on load).
document.querySelector('#signout')!.addEventListener('click', async () => {
  try {
    await login.signOut();
    output.textContent = 'Signed out: the session cookie is gone.';
  } catch (error) {
    output.textContent = `Sign-out failed: ${(error as { message?: string }).message ?? 'unknown error'}`;
  }
});
