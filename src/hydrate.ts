// passwordless-login/hydrate: loads the element on a page that passwordless-login/ssr rendered, in place of
// passwordless-login/passwordless-login.js. Lit's hydration support must be installed before LitElement is defined,
// so it is imported first, and the element after it. Client-rendered pages never load this (the entry's budget).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { resolveLang } from './i18n/lang.js';
import { loadLocale } from './i18n/load-locale.js';
import { callbackClaimed, claimCallback } from './page/callback.js';
import { refusalOf } from './page/refusal.js';
import { dueOnLoad, resumeKeyOf } from './page/resume.js';

const TAG = 'passwordless-login';

/** What the person typed into a server-rendered field before the script came, and where the caret was. */
interface Typed {
  input: HTMLInputElement;
  value: string;
  focused: boolean;
  selection: [start: number, end: number] | null;
}

function typedInto(element: Element): Typed | null {
  const input = element.shadowRoot?.querySelector<HTMLInputElement>('#identifier');
  if (!input) return null;
  // Email fields have no selection API (null); phone fields do.
  const selection = input.selectionStart === null ? null : ([input.selectionStart, input.selectionEnd ?? input.selectionStart] as [number, number]);
  return { input, value: input.value, focused: element.shadowRoot!.activeElement === input, selection };
}

/**
 * Whether the element's first render in this browser is the first step the server rendered. It is not when the URL
 * brings a callback, a reload brings back a sign-in under way or a session to check (the fragment and the storage are
 * the browser's: the server cannot know), or the element refuses to run: hydration would find other templates.
 */
function startsAtFirstStep(element: HTMLElement): boolean {
  const attributes = { endpoint: element.getAttribute('endpoint') ?? '', clientId: element.getAttribute('client-id') ?? '' };
  // Not upgraded yet: the refusal check reads the attributes (and a client secret set as a property) through a stand-in.
  const standIn = { hasAttribute: (name: string) => element.hasAttribute(name), allowFramed: element.hasAttribute('allow-framed') };
  if (Object.hasOwn(element, 'clientSecret')) Object.assign(standIn, { clientSecret: true });
  return !callbackClaimed() && !dueOnLoad(resumeKeyOf(attributes)) && !refusalOf(standIn as unknown as Parameters<typeof refusalOf>[0]);
}

/** The element as the page would have written it, without the server's shadow root: it renders in the browser. */
function clientRendered(element: HTMLElement): void {
  const fresh = document.createElement(TAG);
  for (const { name, value } of element.attributes) fresh.setAttribute(name, value);
  fresh.append(...element.childNodes);
  element.replaceWith(fresh);
}

/**
 * Hydrates every server-rendered <passwordless-login> on the page. Resolves once they are: the first render of each
 * speaks the language the server rendered (its locale is loaded first, so hydration changes no word), and what was
 * typed before is handed to the element as typing.
 */
async function hydrate(): Promise<void> {
  // Claimed here, as the element would on connecting (the URL is scrubbed at once); its flow takes the parameters.
  claimCallback();
  const rendered: HTMLElement[] = [];
  for (const element of document.querySelectorAll<HTMLElement>(TAG)) {
    if (!element.shadowRoot) continue;
    if (startsAtFirstStep(element)) rendered.push(element);
    else clientRendered(element);
  }
  await Promise.all(rendered.map((element) => loadLocale(resolveLang(element))?.catch(() => undefined)));
  // The class without defining it: what was typed is read at the moment it is defined, with no input in between.
  const { PasswordlessLogin } = await import('./index.js');
  const typed = rendered.map(typedInto);
  if (!customElements.get(TAG)) customElements.define(TAG, PasswordlessLogin);
  await Promise.all(
    rendered.map(async (element, index) => {
      await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const before = typed[index];
      if (!before) return;
      const { input, value, focused, selection } = before;
      // Hydration sets the field's value from the element's state (empty): put back what the person typed, and tell the
      // element as an input event would, so that its state holds it too.
      if (value) {
        if (input.value !== value) input.value = value;
        if (selection) input.setSelectionRange(...selection);
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      // The focus came before the element listened for it: what it starts on focus (loading the rest) starts now.
      if (focused) input.dispatchEvent(new FocusEvent('focus'));
    }),
  );
}

/** Resolves once the page's server-rendered elements are hydrated (at once on a server, where there is no page). */
export const hydrated: Promise<void> = typeof document === 'undefined' ? Promise.resolve() : hydrate();
