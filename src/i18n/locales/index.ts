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
  da: chunk(() => import('./da.js')),
  nb: chunk(() => import('./nb.js')),
  is: chunk(() => import('./is.js')),
  cy: chunk(() => import('./cy.js')),
  ca: chunk(() => import('./ca.js')),
  eu: chunk(() => import('./eu.js')),
  gl: chunk(() => import('./gl.js')),
  ko: chunk(() => import('./ko.js')),
  vi: chunk(() => import('./vi.js')),
  th: chunk(() => import('./th.js')),
  id: chunk(() => import('./id.js')),
  ms: chunk(() => import('./ms.js')),
  tl: chunk(() => import('./tl.js')),
  sw: chunk(() => import('./sw.js')),
  so: chunk(() => import('./so.js')),
  hy: chunk(() => import('./hy.js')),
  ka: chunk(() => import('./ka.js')),
  az: chunk(() => import('./az.js')),
  mn: chunk(() => import('./mn.js')),
  cs: chunk(() => import('./cs.js')),
  sk: chunk(() => import('./sk.js')),
  sl: chunk(() => import('./sl.js')),
  hr: chunk(() => import('./hr.js')),
  bs: chunk(() => import('./bs.js')),
  sr: chunk(() => import('./sr.js')),
  bg: chunk(() => import('./bg.js')),
  mk: chunk(() => import('./mk.js')),
  sq: chunk(() => import('./sq.js')),
  ro: chunk(() => import('./ro.js')),
  hu: chunk(() => import('./hu.js')),
  el: chunk(() => import('./el.js')),
  tr: chunk(() => import('./tr.js')),
  lt: chunk(() => import('./lt.js')),
  lv: chunk(() => import('./lv.js')),
  et: chunk(() => import('./et.js')),
  fi: chunk(() => import('./fi.js')),
  fa: chunk(() => import('./fa.js')),
  ur: chunk(() => import('./ur.js')),
  ru: chunk(() => import('./ru.js')),
  uk: chunk(() => import('./uk.js')),
  'zh-tw': chunk(() => import('./zh-tw.js')),
  mr: chunk(() => import('./mr.js')),
  pa: chunk(() => import('./pa.js')),
  ta: chunk(() => import('./ta.js')),
  te: chunk(() => import('./te.js')),
  my: chunk(() => import('./my.js')),
};

export const SUPPORTED_LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ja', 'zh', 'ar', 'he', 'hi', 'da', 'nb', 'is', 'cy', 'ca', 'eu', 'gl', 'ko', 'vi', 'th', 'id', 'ms', 'tl', 'sw', 'so', 'hy', 'ka', 'az', 'mn', 'cs', 'sk', 'sl', 'hr', 'bs', 'sr', 'bg', 'mk', 'sq', 'ro', 'hu', 'el', 'tr', 'lt', 'lv', 'et', 'fi', 'fa', 'ur', 'ru', 'uk', 'zh-tw', 'mr', 'pa', 'ta', 'te', 'my'] as const;

export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];
