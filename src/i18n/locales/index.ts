// Lazy loaders for the bundled translations: each locale is its own chunk, fetched only when asked for.
// English is built in (./en.js); never import the other locales statically.
import type { PasswordlessMessages } from '../messages.js';
import { registered, registerMessages } from '../registry.js';

export const localeLoaders: Record<string, () => Promise<PasswordlessMessages>> = {
  de: () => import('./de.js').then((m) => m.de),
  fr: () => import('./fr.js').then((m) => m.fr),
  es: () => import('./es.js').then((m) => m.es),
  it: () => import('./it.js').then((m) => m.it),
  pt: () => import('./pt.js').then((m) => m.pt),
  nl: () => import('./nl.js').then((m) => m.nl),
  pl: () => import('./pl.js').then((m) => m.pl),
  sv: () => import('./sv.js').then((m) => m.sv),
  ja: () => import('./ja.js').then((m) => m.ja),
  zh: () => import('./zh.js').then((m) => m.zh),
  ar: () => import('./ar.js').then((m) => m.ar),
  he: () => import('./he.js').then((m) => m.he),
  hi: () => import('./hi.js').then((m) => m.hi),
};

export const SUPPORTED_LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ja', 'zh', 'ar', 'he', 'hi'] as const;

export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

const requested = new Map<string, Promise<void>>();

/**
 * Fetches a built-in language's chunk once for the page and registers it, unless the page registered its own
 * meanwhile. Undefined when there is nothing to fetch; a failed fetch (offline) rejects and is asked again next time.
 */
export function loadLocale(lang: string): Promise<void> | undefined {
  const base = lang.toLowerCase().split('-')[0]!;
  const loader = localeLoaders[base];
  if (!loader || registered(lang)) return undefined;
  let loading = requested.get(base);
  if (!loading) {
    loading = loader().then(
      (messages) => {
        if (!registered(messages.$code)) registerMessages(messages); // the page's own translation wins
      },
      (error: unknown) => {
        requested.delete(base);
        throw error;
      },
    );
    requested.set(base, loading);
  }
  return loading;
}
