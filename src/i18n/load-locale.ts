// Loads the built-in locale that serves a language tag ("de-AT" → de; "zh-TW", "zh-HK", "zh-Hant" → zh-tw, the
// Traditional; "zh-CN" → zh), unless the page registered its own. In the entry chunk; the table of the locales
// (locales/index.ts) comes as a chunk of its own with the first language other than English, so that the entry
// stays within its budget (test/e2e/size-budget.test.js) however many languages there are.
import { bestLocale } from '../../protocol/locale-match.js';
import { registerBuiltIn, registered } from './registry.js';

const requested = new Map<string, Promise<void>>();

/**
 * Fetches the locale's chunk once for the page and registers it. Undefined when nothing needs fetching (English,
 * or a locale the page registered); a failed fetch (offline) rejects and is asked again next time.
 */
export function loadLocale(lang: string): Promise<void> | undefined {
  if (registered(lang) || bestLocale(lang, ['en'])) return undefined;
  const tag = lang.toLowerCase();
  let loading = requested.get(tag);
  if (!loading) {
    loading = import('./locales/index.js').then(async ({ localeLoaders }) => {
      const codes = Object.keys(localeLoaders);
      const code = bestLocale(lang, codes);
      if (code) registerBuiltIn(await localeLoaders[code]!(), codes); // the page's own translation still wins
    });
    loading.catch(() => requested.delete(tag));
    requested.set(tag, loading);
  }
  return loading;
}
