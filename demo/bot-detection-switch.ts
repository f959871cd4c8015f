// The demo's Bot Detection switch: turns the emulator's Bot Detection on (a picture, or a stand-in of a provider's
// widget) or off, as a tenant's Attack Protection setting would, and starts the sign-in over so the element asks again.
import type { PasswordlessLogin } from '../src/passwordless-login.js';
import { useHumanCheckStandIns } from '../src/testing.js';

/** The switch's values: off, or Auth0's provider name (the emulator's `bot_detection.provider`). */
const OFF = '';

export async function wireBotDetectionSwitch(select: HTMLSelectElement, login: PasswordlessLogin): Promise<void> {
  const emulator = new URL(login.getAttribute('domain') ?? 'http://localhost:4400').origin;
  // Offline: the providers' scripts come from the emulator's stand-ins, never from the providers.
  useHumanCheckStandIns(emulator);
  const endpoint = `${emulator}/__emulator/bot-detection`;
  try {
    const current = (await (await fetch(endpoint)).json()) as { provider?: string; required?: string };
    select.value = current.required && current.required !== 'never' ? (current.provider ?? OFF) : OFF;
  } catch {
    select.disabled = true; // an emulator without the switch
  }
  select.addEventListener('change', async () => {
    const setting = select.value === OFF ? { required: 'never' } : { provider: select.value, required: 'always' };
    await fetch(endpoint, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(setting) });
    login.reset();
  });
}
