// The locales available on the page: registered by the page (registerMessages) or built in and loaded on demand.
// In the entry chunk, so the first render already speaks a language the page registered.
import type { ReactiveControllerHost } from 'lit';
import type { PasswordlessMessages } from './messages.js';

const registry = new Map<string, PasswordlessMessages>();
/** Elements that re-render when a locale arrives. */
export const hosts = new Set<ReactiveControllerHost & HTMLElement>();

/** Makes a locale available to every element on the page. */
export function registerMessages(...locales: PasswordlessMessages[]): void {
  for (const messages of locales) registry.set(messages.$code.toLowerCase(), messages);
  hosts.forEach((host) => host.requestUpdate());
}

/** The messages registered for a language tag: "pt-BR" → pt-br, else pt. */
export function registered(lang: string): PasswordlessMessages | undefined {
  const tag = lang.toLowerCase();
  return registry.get(tag) ?? registry.get(tag.split('-')[0]!);
}
