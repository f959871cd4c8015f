// The locales available on the page: registered by the page (registerMessages) or built in and loaded on demand.
// In the entry chunk, so the first render already speaks a language the page registered.
import type { ReactiveControllerHost } from 'lit';
import { bestLocale } from '../../protocol/locale-match.js';
import type { PasswordlessMessages } from './messages.js';

const registry = new Map<string, PasswordlessMessages>();
/** The codes the page registered itself: they serve a tag before a built-in locale that serves it too. */
const pageCodes = new Set<string>();
/** Elements that re-render when a locale arrives. */
export const hosts = new Set<ReactiveControllerHost & HTMLElement>();

/** Makes a locale available to every element on the page. */
export function registerMessages(...locales: PasswordlessMessages[]): void {
  for (const messages of locales) {
    const code = messages.$code.toLowerCase();
    registry.set(code, messages);
    pageCodes.add(code);
  }
  hosts.forEach((host) => host.requestUpdate());
}

/** The codes of every built-in locale, loaded or not: known once the table of locales has arrived. */
let builtInCodes: readonly string[] = [];

/**
 * A built-in locale's chunk has arrived (load-locale.ts), with the codes of them all: it never replaces what the page
 * registered.
 */
export function registerBuiltIn(messages: PasswordlessMessages, allBuiltIn: readonly string[]): void {
  builtInCodes = allBuiltIn;
  const code = messages.$code.toLowerCase();
  if (!pageCodes.has(code)) registry.set(code, messages);
  hosts.forEach((host) => host.requestUpdate());
}

/**
 * The messages registered for a language tag, the page's own first: "pt-BR" → pt-br, else pt; "zh-TW" → zh-tw or
 * zh-hant, never the Simplified zh (protocol/locale-match.js). A built-in locale serves only the tags it is the best
 * of all built-ins for, so that a loaded pt-pt never stands in for pt-BR while pt loads (undefined until it has).
 */
export function registered(lang: string): PasswordlessMessages | undefined {
  return registry.get(bestLocale(lang, pageCodes) ?? bestLocale(lang, builtInCodes) ?? '');
}
