// passwordless-login/hydrate: loads the element on a page that passwordless-login/ssr rendered, in place of
// passwordless-login/passwordless-login.js. Lit's hydration support must be installed before LitElement is defined,
// so it is imported before the element (none of this module's static imports loads Lit). Client-rendered pages never
// load this (the entry's budget).
import { resolveLang } from './i18n/lang.js';
import { loadLocale } from './i18n/load-locale.js';
import { registered } from './i18n/registry.js';
import { callbackClaimed, claimCallback } from './page/callback.js';
import { refusalOf } from './page/refusal.js';
import { dueOnLoad, resumeKeyOf } from './page/resume.js';

const TAG = 'passwordless-login';

/** What the person typed into a server-rendered field before the script came, and where the caret was. */
interface Typed {
  value: string;
  focused: boolean;
  selection: [start: number, end: number] | null;
}

function typedInto(element: Element): Typed | null {
  const input = element.shadowRoot?.querySelector<HTMLInputElement>('#identifier');
  if (!input) return null;
  // Email fields have no selection API (null); phone fields do.
  const selection = input.selectionStart === null ? null : ([input.selectionStart, input.selectionEnd ?? input.selectionStart] as [number, number]);
  return { value: input.value, focused: element.shadowRoot!.activeElement === input, selection };
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
function clientRendered(element: HTMLElement): HTMLElement {
  const fresh = document.createElement(TAG);
  for (const { name, value } of element.attributes) fresh.setAttribute(name, value);
  fresh.append(...element.childNodes);
  element.replaceWith(fresh);
  return fresh;
}

/** The language the server rendered (its base's `lang`), to compare with the one this page resolves. */
const renderedLang = (element: HTMLElement) => element.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang') ?? '';

/** What was typed goes back into the element, as typing: its state holds it, and focus what focus starts. */
function putBack(element: HTMLElement, before: Typed | null): void {
  if (!before) return;
  const { value, focused, selection } = before;
  const input = element.shadowRoot?.querySelector<HTMLInputElement>('#identifier');
  if (!input) return;
  if (value) {
    if (input.value !== value) input.value = value;
    if (selection) input.setSelectionRange(...selection);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  if (focused) {
    if (element.shadowRoot!.activeElement !== input) input.focus();
    // The focus came before the element listened for it: what it starts on focus (loading the rest) starts now.
    else input.dispatchEvent(new FocusEvent('focus'));
  }
}

/**
 * Hydrates every server-rendered <passwordless-login> on the page. Resolves once they are: the first render of each
 * speaks the language the server rendered (its locale is loaded first, so hydration changes no word), and what was
 * typed before is handed to the element as typing.
 */
async function hydrate(): Promise<void> {
  // Lit loaded before this module (the page imported `passwordless-login` or another Lit component first): its
  // hydration support can no longer be installed, and hydrating would render the form a second time beside the
  // server's. Every element then renders in the browser instead, keeping what was typed, and developers hear why.
  const litFirst = ((globalThis as { litElementVersions?: unknown[] }).litElementVersions?.length ?? 0) > 0;
  if (litFirst) {
    console.warn(`<${TAG}>: Lit was loaded before passwordless-login/hydrate, so the server-rendered form is rendered again in the browser. Import passwordless-login/hydrate before anything that loads Lit (registerMessages included).`);
  } else await import('@lit-labs/ssr-client/lit-element-hydrate-support.js');
  // Claimed here, as the element would on connecting (the URL is scrubbed at once); its flow takes the parameters.
  claimCallback();
  const servers = [...document.querySelectorAll<HTMLElement>(TAG)].filter((element) => element.shadowRoot);
  const langs = servers.map((element) => resolveLang(element));
  await Promise.all(langs.map((lang) => loadLocale(lang)?.catch(() => undefined)));
  // The class without defining it: what was typed is read at the moment it is defined, with no input in between.
  const { PasswordlessLogin } = await import('./index.js');
  const typed = servers.map(typedInto);
  // Hydrated where the browser's first render is the server's: the first step, in the same language. Else rendered
  // here (a sign-in returning to the page, a page whose language differs from what the server was told).
  const elements = servers.map((element, index) =>
    !litFirst && startsAtFirstStep(element) && (registered(langs[index]!)?.$code ?? 'en') === renderedLang(element) ? element : clientRendered(element),
  );
  if (!customElements.get(TAG)) customElements.define(TAG, PasswordlessLogin);
  await Promise.all(
    elements.map(async (element, index) => {
      await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      // Hydration sets the field's value from the element's state (empty): what the person typed goes back.
      putBack(element, typed[index] ?? null);
    }),
  );
}

/** Resolves once the page's server-rendered elements are hydrated (at once on a server, where there is no page). */
export const hydrated: Promise<void> = typeof document === 'undefined' ? Promise.resolve() : hydrate();
