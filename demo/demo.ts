// Wires the demo page: options, themes and a live log of the element's events.
import '../src/passwordless-login.js';
import type { PasswordlessLogin } from '../src/passwordless-login.js';
import { logEvents } from './event-log.js';

const login = document.querySelector<PasswordlessLogin>('#login')!;
const stored = new URLSearchParams(location.search);
const select = (id: string) => document.querySelector<HTMLSelectElement>(`#${id}`)!;

for (const name of ['connection', 'send'] as const) {
  const control = select(name);
  control.value = stored.get(name) ?? sessionStorage.getItem(`demo:${name}`) ?? control.value;
  login.setAttribute(name, control.value);
  control.addEventListener('change', () => {
    sessionStorage.setItem(`demo:${name}`, control.value);
    login.setAttribute(name, control.value);
    login.reset();
  });
}

const theme = select('theme');
theme.value = sessionStorage.getItem('demo:theme') ?? '';
const applyTheme = () => (document.documentElement.dataset.theme = theme.value);
applyTheme();
theme.addEventListener('change', () => {
  sessionStorage.setItem('demo:theme', theme.value);
  applyTheme();
});

logEvents(login, document.querySelector('#log')!);
