// Resolves the element's language (own lang, nearest ancestor's, <html lang>) to registered messages,
// and re-renders the element when any lang attribute on the page changes.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang } from './lang.js';
import { withOverrides, type PasswordlessMessages } from './messages.js';
import { en } from './locales/en.js';
import { localeLoaders } from './locales/index.js';
import { hosts, registered, registerMessages } from './registry.js';

let observer: MutationObserver | undefined;

const loading = new Set<string>();

/** Fetches a built-in locale's chunk once; every element re-renders when it arrives. */
function load(base: string): void {
  const loader = localeLoaders[base];
  if (!loader || loading.has(base)) return;
  loading.add(base);
  loader().then(
    (messages) => registerMessages(messages),
    () => loading.delete(base), // offline: stay in English, try again on the next render
  );
}

/** "pt-BR" → pt-br, else pt, else English while the built-in pt loads. */
export function messagesFor(lang: string): PasswordlessMessages {
  const found = registered(lang);
  if (!found) load(lang.toLowerCase().split('-')[0]!);
  return found ?? en;
}

export class LocalizeController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    observer ??= new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
    if (hosts.size === 1) observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) observer?.disconnect();
  }

  get lang(): string {
    return resolveLang(this.host);
  }

  messages(overrides?: Partial<PasswordlessMessages>): PasswordlessMessages {
    return withOverrides(messagesFor(this.lang), overrides);
  }
}
