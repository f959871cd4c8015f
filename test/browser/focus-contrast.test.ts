// Focus that meets WCAG 2.2: in the default theme and the demo's themes (demo/demo.css), in light and dark, every
// control of every step is reached with the Tab key, and the focus indicator it then shows is measured: a band at
// least 2px wide whose colour has a contrast of 3:1 or more with the background behind the control (2.4.11, 2.4.13,
// 1.4.11). The contrast is computed from the colours the browser resolved, not taken from the stylesheet.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { PasswordlessLogin } from '../../src/passwordless-login.js';
import { loginError } from '../../src/model.js';
import { FakeTransport, previewState, type PreviewState } from '../../src/testing.js';
import { clock } from '../../src/later/clock.js';
import { contrast, focusContrast, over, rgba } from './helpers/contrast.js';
import { useFakeClock } from './helpers/fake-clock.js';
import { input, part, settle, toCodeStep, type } from './helpers/flow-harness.js';

const sent = { identifier: 'alice@example.com', recipient: 'alice@example.com', maskedRecipient: 'a•••@example.com' };

interface Scenario {
  name: string;
  attributes?: Record<string, string>;
  /** A state to preview; `resendInMs` is a cooldown on the flow's (fake, still) clock. */
  state?: PreviewState & { resendInMs?: number };
  /** Or the person's steps that lead to it. */
  drive?: (el: PasswordlessLogin, transport: FakeTransport) => Promise<void>;
  /** What must be on screen before the controls are counted. */
  ready?: (el: PasswordlessLogin) => unknown;
  /** Where focus is shown without moving DOM focus (aria-activedescendant), measured as it is on screen. */
  highlighted?: (el: PasswordlessLogin) => Element | null;
}

/** Every step with controls, and the controls some of them show only sometimes (country, suggestion, code instead). */
const SCENARIOS: Scenario[] = [
  { name: 'identify (email)', state: { step: 'identify' } },
  { name: 'identify (SMS)', attributes: { connection: 'sms' }, state: { step: 'identify' }, ready: (el) => part(el, 'country-select') },
  {
    // Focus stays in the field; the highlighted country is where it is for the person (the combobox pattern).
    name: 'identify (SMS), the country list open',
    attributes: { connection: 'sms' },
    state: { step: 'identify' },
    drive: async (el) => {
      await waitUntil(() => part(el, 'country-select'), 'the picker is here', { timeout: 5000 });
      part(el, 'country-select')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
    },
    ready: (el) => part(el, 'country-option-active'),
    highlighted: (el) => part(el, 'country-option-active'),
  },
  {
    name: 'identify, a typo suggested',
    drive: async (el) => {
      await type(el, 'alice@gmial.com');
      input(el).dispatchEvent(new Event('change'));
    },
    ready: (el) => part(el, 'suggestion-button'),
  },
  { name: 'identify, rate-limited', state: { step: 'identify', error: 'rate_limited', resendInMs: 30_000 } },
  {
    // Auth0's picture (Bot Detection): "New picture" and the answer field, as the error after a wrong answer leaves them.
    name: 'identify, a picture check',
    state: {
      step: 'identify',
      identifier: 'alice@example.com',
      error: 'invalid_captcha',
      check: { challenge: { kind: 'picture', image: 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', answer: 'code' }, status: 'ready', answer: '' },
    },
    ready: (el) => part(el, 'captcha-input'),
  },
  { name: 'identify, a check that could not load', state: { step: 'identify', check: { challenge: null, status: 'unavailable', answer: '' } }, ready: (el) => part(el, 'captcha') },
  { name: 'code', state: { step: 'code', ...sent } },
  { name: 'code, wrong code', state: { step: 'code', ...sent, code: '123457', error: 'wrong_code' } },
  // Dimmed (aria-disabled) buttons stay focusable: their indicator must not dim with them.
  { name: 'code, cooldown', state: { step: 'code', ...sent, resendInMs: 45_000 } },
  { name: 'code, checking', state: { step: 'code', ...sent, code: '123456', busy: true } },
  { name: 'check email', attributes: { send: 'link' }, state: { step: 'check-email', ...sent } },
  {
    name: 'continue elsewhere',
    drive: async (el, transport) => {
      const continuation = {
        to: 'universal-login', reason: 'code-refused', host: 'tenant.example', connection: 'email', recipient: 'alice@example.com', maskedRecipient: 'a•••@example.com',
      } as const;
      transport.nextVerify(loginError('third_party_cookies_blocked', { continuation }));
      await toCodeStep(el);
      await type(el, '123456');
    },
    ready: (el) => el.step === 'continue',
  },
  { name: 'error, link expired', attributes: { send: 'link' }, state: { step: 'error', identifier: 'alice@example.com', error: 'link_invalid' } },
];

/**
 * '' is the element's own default theme; 'focus-apart' gives the focus colour its own value beside an accent too pale
 * to mark focus (FOCUS_APART), so an indicator drawn in the accent fails; the others are demo/demo.css's.
 */
const THEMES = ['', 'focus-apart', 'midnight', 'paper', 'brand'];
const FOCUS_APART = `[data-theme='focus-apart'] {
  --passwordless-accent-color: light-dark(#f3e6a0, #3a3550);
  --passwordless-on-accent-color: light-dark(#1b1b1f, #ececf1);
  --passwordless-focus-color: light-dark(#1f3fbf, #ffd75e);
}`;

/** Shows the page in this colour scheme; false where the browser cannot be told to (no DevTools protocol). */
async function showScheme(scheme: 'light' | 'dark'): Promise<boolean> {
  try {
    await emulateMedia({ colorScheme: scheme });
    return true;
  } catch {
    return matchMedia(`(prefers-color-scheme: ${scheme})`).matches;
  }
}

async function render(theme: string, { attributes = {}, state, drive, ready }: Scenario): Promise<PasswordlessLogin> {
  const page = await fixture<HTMLDivElement>(html`<div data-theme=${theme}>
    <button id="before">before</button>
    <passwordless-login lang="en" client-id="focus-${Math.random()}"></passwordless-login>
    <button id="after">after</button>
  </div>`);
  const el = page.querySelector('passwordless-login')!;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const transport = new FakeTransport();
  el.customTransport = transport;
  if (state) {
    const { resendInMs, ...point } = state;
    previewState(el, resendInMs === undefined ? point : { ...point, resendAvailableAt: clock.now() + resendInMs });
  }
  await settle(el);
  if (drive) await drive(el, transport);
  await settle(el);
  if (ready) await waitUntil(() => ready(el), 'the state is on screen', { timeout: 5000 });
  return el;
}

/** The controls a keyboard can reach inside the element. */
function controls(el: PasswordlessLogin): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('input, select, button, a[href], [tabindex]:not([tabindex="-1"])')].filter((control) =>
    control.checkVisibility(),
  );
}

/**
 * Where a control shows its focus: the invisible code field shows it on the box the next digit goes in, or on every
 * box while a wrong code is selected (typing replaces all of it).
 */
const indicatorOf = (el: PasswordlessLogin, control: HTMLElement): Element =>
  control.matches('[part~="code-input"]') ? (part(el, 'code-box-active') ?? part(el, 'code-box-selected'))! : control;

const nameOf = (control: HTMLElement) => `${control.getAttribute('part')} "${control.textContent?.trim() || control.id}"`;

describe('the contrast helper', () => {
  it('computes WCAG contrast from resolved colours', () => {
    expect(contrast(rgba('#000'), rgba('white'))).to.equal(21);
    expect(contrast(rgba('rgb(118, 118, 118)'), rgba('#fff'))).to.be.closeTo(4.54, 0.01);
    // The ring this replaced: the default accent at 45 % over white, about 2.1:1 (the measurement).
    expect(contrast(over(rgba('color-mix(in srgb, #3b4fd8 45%, transparent)'), rgba('#fff')), rgba('#fff'))).to.be.closeTo(2.1, 0.1);
  });
});

describe('focus indicator contrast, every theme, every control', () => {
  useFakeClock();
  let stylesheet: HTMLLinkElement;
  let focusApart: HTMLStyleElement;
  before(async () => {
    focusApart = document.head.appendChild(document.createElement('style'));
    focusApart.textContent = FOCUS_APART;
    stylesheet = document.createElement('link');
    stylesheet.rel = 'stylesheet';
    stylesheet.href = '/demo/demo.css';
    const loaded = new Promise((resolve, reject) => {
      stylesheet.onload = resolve;
      stylesheet.onerror = reject;
    });
    document.head.append(stylesheet);
    await loaded;
  });
  after(async () => {
    stylesheet.remove();
    focusApart.remove();
    await showScheme('light');
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const theme of THEMES) {
      it(`${theme || 'default'} theme, ${scheme}: every control's focus indicator is 3:1 or more against the background`, async function () {
        this.timeout(60_000);
        // Skipped where the scheme cannot be shown (dark outside Chromium: no emulation there).
        if (!(await showScheme(scheme))) this.skip();
        for (const scenario of SCENARIOS) {
          const el = await render(theme, scenario);
          const expected = controls(el);
          expect(expected, `${scenario.name}: has controls`).to.not.be.empty;
          const highlighted = scenario.highlighted?.(el);
          if (highlighted) {
            const ratio = focusContrast(highlighted);
            expect(ratio, `${scenario.name}: the highlighted option's contrast ${ratio.toFixed(2)}:1`).to.be.at.least(3);
          }
          // Focus starts on the control before the element: none inside shows an indicator yet.
          (el.parentElement!.querySelector('#before') as HTMLElement).focus();
          for (const control of expected) {
            expect(focusContrast(indicatorOf(el, control)), `${scenario.name}: ${nameOf(control)} shows no indicator without focus`).to.equal(1);
          }
          // Tab to the control after the element, measuring each stop inside.
          const reached: HTMLElement[] = [];
          for (let presses = 0; presses < 20; presses++) {
            await sendKeys({ press: 'Tab' });
            if (document.activeElement !== el) break;
            const control = el.shadowRoot!.activeElement as HTMLElement;
            reached.push(control);
            const ratio = focusContrast(indicatorOf(el, control));
            expect(ratio, `${scenario.name}: ${nameOf(control)} focus contrast ${ratio.toFixed(2)}:1`).to.be.at.least(3);
          }
          expect(document.activeElement?.id, `${scenario.name}: Tab leaves the element`).to.equal('after');
          expect(reached.map(nameOf), `${scenario.name}: every control is reached and measured`).to.deep.equal(expected.map(nameOf));
        }
      });
    }
  }
});
