// Resolves the element's language (own lang, nearest ancestor's, <html lang>) to registered messages,
// and re-renders the element when any lang attribute on the page changes.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang } from './lang.js';
import { withOverrides, type MessageOverrides, type PasswordlessMessages } from './messages.js';
import { en } from './locales/en.js';
import { loadLocale } from './load-locale.js';
import { hosts, registered } from './registry.js';
import { isolateArguments } from '../later/bidi-text.js';

let observer: MutationObserver | undefined;

/** "pt-BR" → pt-br, else pt, else English while the built-in pt loads (every element re-renders when it arrives). */
export function messagesFor(lang: string): PasswordlessMessages {
  const found = registered(lang);
  if (!found) void loadLocale(lang)?.catch(() => undefined); // offline: stay in English, try again on the next render
  return found ?? en;
}

export class LocalizeController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.#host);
    observer ??= new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
    if (hosts.size === 1) observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
    if (hosts.size === 0) observer?.disconnect();
  }

  get lang(): string {
    return resolveLang(this.#host);
  }

  /** The messages, a page's overrides included, with every interpolated value marked as an isolated run (see bidi-text.ts). */
  messages(overrides?: MessageOverrides): PasswordlessMessages {
    return isolateArguments(withOverrides(messagesFor(this.lang), overrides));
  }
}
