// A page whose Content-Security-Policy refuses what a human check needs, refused for real by the browser: Auth0's
// picture under an `img-src` without `data:`, and a provider's frame under a `frame-src` without its host. Each makes
// the check unavailable (a way to try again) and tells developers what to add. The policy is this file's page's own
// (a <meta> in its head, enforced from its insertion on), so the other test files' pages are not affected.
import { expect, waitUntil } from '@open-wc/testing';
import { mountWidget, type WidgetEvents } from '../../src/later/human-check/widgets.chunk.js';
import { FakeTransport, useHumanCheckStandIns } from '../../src/testing.js';
import { en } from '../../src/i18n/locales/en.js';
import { input, part, renderLogin } from './helpers/flow-harness.js';

const policy = Object.assign(document.createElement('meta'), { httpEquiv: 'Content-Security-Policy', content: "img-src 'self'; frame-src 'self'" });
document.head.append(policy);

/** The page's refusals, as the browser reports them. */
const violations: SecurityPolicyViolationEvent[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(event));

/** A picture as Auth0 sends it (an SVG of the characters, as base64 data): one the browser decodes. */
const picture = `data:image/svg+xml;base64,${btoa('<svg xmlns="http://www.w3.org/2000/svg" width="150" height="50"><text x="10" y="35">k3XbQ</text></svg>')}`;

describe("a human check under a page's CSP that refuses it", () => {
  const warnings: string[] = [];
  const warn = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (message: string) => warnings.push(String(message));
  });
  afterEach(() => (console.warn = warn));

  it("Auth0's picture under an img-src without data: could not load, with \"Try again\", and the console says to add data: to img-src", async () => {
    const transport = new FakeTransport().humanCheckAlways({ kind: 'picture', image: picture, answer: 'code' });
    const { el } = await renderLogin(transport);
    input(el).focus();
    await waitUntil(() => part(el, 'captcha')?.textContent?.includes(en.captchaUnavailable), 'the check could not load');
    expect(violations.some((event) => event.effectiveDirective === 'img-src' && event.blockedURI === 'data'), 'the browser refused the picture').to.equal(true);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(part(el, 'captcha')!.textContent).to.contain(en.tryAgain);
    expect(warnings.join('\n')).to.contain('Add data: to img-src');
    el.remove();
  });

  it("a provider's frame under a frame-src without its host fails the widget, naming the origin to add to frame-src", async () => {
    const emulator = await fetch('/__test/emulator-url').then((response) => response.text());
    const undo = useHumanCheckStandIns(emulator);
    const box = document.createElement('div');
    document.body.append(box);
    const log: string[] = [];
    const events: WidgetEvents = { answered: (token) => log.push(`answered ${token}`), cleared: () => log.push('cleared'), failed: (reason) => log.push(`failed ${reason}`) };
    try {
      const widget = await mountWidget(box, { provider: 'turnstile', siteKey: '3x00000000000000000000FF' }, events, 'en');
      // The stand-in draws no frame; Turnstile's own script puts its challenge in one from its host, as here.
      const frame = document.createElement('iframe');
      frame.src = 'https://challenges.cloudflare.com/cdn-cgi/challenge-platform/h/b/turnstile/if/ov2/av0/rcv0/0/test/normal';
      box.querySelector('[data-stand-in]')!.append(frame);
      await waitUntil(() => log.length > 0, 'the refusal is heard');
      expect(violations.some((event) => event.effectiveDirective === 'frame-src'), 'the browser refused the frame').to.equal(true);
      expect(log).to.deep.equal([
        "failed the page's Content-Security-Policy (frame-src) refused its frame from https://challenges.cloudflare.com: add https://challenges.cloudflare.com to frame-src (see SECURITY.md)",
      ]);
      widget.remove();
    } finally {
      undo();
      box.remove();
    }
  });
});
