// Wires the demo page: options, themes and a live log of the element's events.
import '../src/passwordless-login.js';
import type { PasswordlessLogin } from '../src/passwordless-login.js';
import { logEvents } from './event-log.js';
import { wireThemePicker } from './theme-picker.js';
import { wireBotDetectionSwitch } from './bot-detection-switch.js';

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

wireThemePicker(select('theme'));
void wireBotDetectionSwitch(select('bot-detection'), login);

logEvents(login, document.querySelector('#log')!);
