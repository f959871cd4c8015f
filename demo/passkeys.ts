// Wires the passkeys demo page: one element per mode (chosen by ?mode=, a fresh page for each, since a login's
// passkeys belong to its mode's transport), the event log, the site's offerPasskey() and sign-out.
import '../src/passwordless-login.js';
import type { PasswordlessLogin } from '../src/passwordless-login.js';
import { logEvents } from './event-log.js';

// The mode stays with the tab: SPA mode's sign-out returns through Auth0's logout to the page without its query.
const asked = new URLSearchParams(location.search).get('mode');
if (asked) sessionStorage.setItem('demo-passkeys:mode', asked);
const mode = (asked ?? sessionStorage.getItem('demo-passkeys:mode')) === 'spa' ? 'spa' : 'backend';
const emulator = new URL(document.querySelector<HTMLIFrameElement>('#outbox')!.src).origin;

const login = document.createElement('passwordless-login') as PasswordlessLogin;
login.id = 'login';
login.setAttribute('passkeys', '');
login.setAttribute('sign-out-button', '');
if (mode === 'spa') {
  login.setAttribute('domain', emulator);
  login.setAttribute('client-id', 'demo-spa');
  login.setAttribute('passkey-signup', '');
} else {
  login.setAttribute('endpoint', '/auth/passwordless-passkeys');
}
document.querySelector('#login-slot')!.append(login);

document.querySelector(`#mode-${mode}`)!.setAttribute('aria-current', 'page');
document.querySelector<HTMLElement>('#note-spa')!.hidden = mode !== 'spa';
document.querySelector<HTMLElement>('#note-backend')!.hidden = mode !== 'backend';

logEvents(login, document.querySelector('#log')!);

const output = document.querySelector<HTMLPreElement>('#session')!;
login.addEventListener('passwordless-authenticated', (event) => {
  const { user, method } = event.detail;
  output.textContent = `Signed in as ${String(user.email ?? user.phone_number ?? user.sub)} (${user.sub}) with ${method ?? 'a session found on load'}.`;
});

document.querySelector('#offer')!.addEventListener('click', () => void login.offerPasskey());
document.querySelector('#signout')!.addEventListener('click', async () => {
  try {
    await login.signOut();
    output.textContent = 'Signed out.';
  } catch (error) {
    output.textContent = `Sign-out failed: ${(error as { message?: string }).message ?? 'unknown error'}`;
  }
});
