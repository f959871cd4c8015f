// Drives the element the way a person does: type, paste, press Enter, click.
import { fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/passwordless-login.js';
import type { PasswordlessLogin } from '../../../src/passwordless-login.js';
import { FakeTransport } from '../../../src/testing.js';
import { checkUiLoading } from '../../../src/later/human-check/check-ui-loader.js';

export async function renderLogin(
  transport = new FakeTransport(),
  attributes: { connection?: 'email' | 'sms'; send?: 'code' | 'link'; lang?: string } = {},
): Promise<{ el: PasswordlessLogin; transport: FakeTransport }> {
  const el = await fixture<PasswordlessLogin>(html`<passwordless-login
    client-id="test-${Math.random()}"
    connection=${attributes.connection ?? 'email'}
    send=${attributes.send ?? 'code'}
    lang=${attributes.lang ?? 'en'}
    .customTransport=${transport}
  ></passwordless-login>`);
  return { el, transport };
}

export const part = (el: PasswordlessLogin, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
export const parts = (el: PasswordlessLogin, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
/** The step's own field: the email or phone field, or the code field (not the SMS country picker before it). */
export const input = (el: PasswordlessLogin) => (part(el, 'identifier-input') ?? part(el, 'code-input') ?? part(el, 'input')) as HTMLInputElement;
export const errorText = (el: PasswordlessLogin) => part(el, 'error')!.textContent!.trim();

export async function type(el: PasswordlessLogin, value: string): Promise<void> {
  const field = input(el);
  field.focus();
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function submit(el: PasswordlessLogin): Promise<void> {
  part(el, 'form')!.dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
  await settle(el);
}

/** Lets pending promises (the fake transport's) resolve, then waits for the render. */
export async function settle(el: PasswordlessLogin): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
  }
  // The human check's own chunk, once an element loads it (a check to show): it renders the check when it is here.
  const loading = checkUiLoading();
  if (!loading) return;
  await loading.catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

export async function toCodeStep(el: PasswordlessLogin, email = 'alice@example.com'): Promise<void> {
  await type(el, email);
  const started = oneEvent(el, 'passwordless-start');
  await submit(el);
  await started;
  await settle(el);
}
