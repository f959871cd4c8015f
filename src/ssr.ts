// passwordless-login/ssr, for Node: the element's first step as Declarative Shadow DOM, rendered by Lit SSR from the
// element's own template, in the page's language. The browser takes it over with passwordless-login/hydrate.
// Lit's Node build brings its own DOM shim (HTMLElement, customElements, attachInternals); only the first render runs
// here: no connectedCallback, no updated(), no later chunk.
import { render, LitElementRenderer } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { PasswordlessLogin } from './element/passwordless-login.element.js';
import { loadLocale } from './i18n/load-locale.js';
import type { MessageOverrides } from './i18n/messages.js';

const TAG = 'passwordless-login';

/** Attribute values by name: a string or number is the value, `true` the attribute alone, `false`/null/undefined none. */
export type PasswordlessLoginAttributes = Record<string, string | number | boolean | null | undefined>;

export interface RenderOptions {
  /** The page's language (`<html lang>`): the first step speaks it. The element's own `lang` attribute wins. */
  lang?: string;
  /**
   * The element's `messages` property, if the page sets one: set the same on the element before
   * passwordless-login/hydrate defines it, so that both first renders say the same. (A page's own locale is
   * `registerMessages()` from `passwordless-login`, on the server as in the browser.)
   */
  messages?: MessageOverrides;
  /**
   * The page's CSP nonce for styles (`style-src 'nonce-…'`): the shadow root's inline <style> carries it, so a strict
   * policy applies the styles before any script (without it, such a policy refuses them until the script adopts them).
   */
  nonce?: string;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** ` name="value"` for each attribute; names are checked (nothing but a plain attribute name), values escaped. */
function attributeText(attributes: PasswordlessLoginAttributes): string {
  let text = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new TypeError(`<${TAG}>: not an attribute name: ${JSON.stringify(name)}`);
    if (value === true) text += ` ${name}`;
    else if (value !== false && value !== null && value !== undefined) text += ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return text;
}

/**
 * The HTML of `<passwordless-login>` with its first step in Declarative Shadow DOM (styles included), in the page's
 * language (`lang`, right to left where it belongs). Put it in the page where the element goes, and load
 * `passwordless-login/hydrate` instead of `passwordless-login/passwordless-login.js` on that page: it takes the
 * rendered form over without rendering it again, keeping what was typed and the focus.
 */
export async function renderPasswordlessLogin(attributes: PasswordlessLoginAttributes, { lang, messages, nonce }: RenderOptions = {}): Promise<string> {
  // The element refuses to run with one in the page (page/refusal.ts): here it would be in the HTML.
  if ('client-secret' in attributes) throw new TypeError(`<${TAG}>: a client-secret in a web page is public; use backend mode (endpoint)`);
  if (!customElements.get(TAG)) customElements.define(TAG, PasswordlessLogin);
  // The element's language: its own `lang`, else the page's. The browser resolves it the same way (i18n/lang.ts).
  const language = String(attributes.lang || lang || 'en');
  // The locale the first render speaks, in the registry the element reads (the browser's hydrate loads the same).
  await loadLocale(language);
  // No ancestors on the server: closest('[lang]') answers with the page's language (Lit's shim has no closest()).
  class Renderer extends LitElementRenderer {
    constructor(tagName: string) {
      super(tagName);
      const element = this.element as unknown as PasswordlessLogin & { closest(selector: string): unknown };
      element.closest = () => ({ getAttribute: () => language });
      if (messages) element.messages = messages;
    }
  }
  // Static markup (names checked, values escaped above), so that Lit SSR sees the element and its attributes as written.
  const template = html`${unsafeStatic(`<${TAG}${attributeText(attributes)}></${TAG}>`)}`;
  const rendered = await collectResult(render(template, { elementRenderers: [Renderer] }));
  // Without the markers of the wrapping template above: only the element's own shadow root is hydrated.
  // Lit re-serializes the host's attributes (escaped again); one space between them is enough.
  const output = rendered
    .replace(/^<!--lit-part [^>]*-->/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(/^(<passwordless-login)\s+/, '$1 ')
    .replace(/^(<passwordless-login) >/, '$1>');
  const styled = nonce ? output.replaceAll('<style>', `<style nonce="${escapeAttribute(String(nonce))}">`) : output;
  // The no-script post goes only to a handler on this site: the handler takes form posts from its own origin only.
  const endpoint = String(attributes.endpoint ?? '');
  if (endpoint && !/^\/(?!\/)/.test(endpoint)) return keepsAddressOutOfUrl(styled);
  return endpoint ? postsWithoutScript(styled, endpoint, language) : keepsAddressOutOfUrl(styled);
}

/**
 * SPA mode cannot sign in without its script. A form sent before the script is here (Enter in the field) must not
 * put the address in the URL (history, server logs, Referer), as a form's default GET would: it posts to the page
 * instead, which sends nothing anywhere else and shows the page again.
 */
function keepsAddressOutOfUrl(html: string): string {
  return html.replace('<form part="form"', '<form part="form" method="post"');
}

/**
 * Backend mode: the first step's form also works with no script, as an ordinary form posting to the handler's start
 * (server/routes/form.js), in the page's language. Static attributes only, so hydration does not see them; with the
 * script, the element's submit handler prevents the post. (Here, not in the element's template: its entry chunk has
 * no bytes to spare.)
 */
function postsWithoutScript(html: string, endpoint: string, language: string): string {
  const action = `${endpoint.replace(/\/+$/, '')}/start?lang=${encodeURIComponent(language)}`;
  return html.replace('<form part="form"', `<form part="form" method="post" action="${escapeAttribute(action)}"`);
}
