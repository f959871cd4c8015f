// Lazy loaders for the bundled translations: each locale is its own chunk, fetched only when asked for. This table is
// a chunk of its own too (../load-locale.ts fetches it), so a new language costs the entry chunk nothing.
// English is built in (./en.js); never import the other locales statically, nor this file from the entry chunk.
import type { PasswordlessMessages } from '../messages.js';

/** A locale's chunk exports its messages as its one named export (`de`, `fr`, ...). */
const chunk = (load: () => Promise<object>) => () => load().then((module) => Object.values(module)[0] as PasswordlessMessages);

export const localeLoaders: Record<string, () => Promise<PasswordlessMessages>> = {
  de: chunk(() => import('./de.js')),
  fr: chunk(() => import('./fr.js')),
  es: chunk(() => import('./es.js')),
  it: chunk(() => import('./it.js')),
  pt: chunk(() => import('./pt.js')),
  nl: chunk(() => import('./nl.js')),
  pl: chunk(() => import('./pl.js')),
  sv: chunk(() => import('./sv.js')),
  ja: chunk(() => import('./ja.js')),
  zh: chunk(() => import('./zh.js')),
  ar: chunk(() => import('./ar.js')),
  he: chunk(() => import('./he.js')),
  hi: chunk(() => import('./hi.js')),
  fa: chunk(() => import('./fa.js')),
  ur: chunk(() => import('./ur.js')),
  ru: chunk(() => import('./ru.js')),
  uk: chunk(() => import('./uk.js')),
  'zh-tw': chunk(() => import('./zh-tw.js')),
};

export const SUPPORTED_LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ja', 'zh', 'ar', 'he', 'hi', 'fa', 'ur', 'ru', 'uk', 'zh-tw'] as const;

export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];
