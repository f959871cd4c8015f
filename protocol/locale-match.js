// @ts-check
// Which of the available locales serves a language tag: the element's messages, the server's pages, the emulator's
// email and SMS texts. The script counts before the region: "zh-TW", "zh-HK" and "zh-Hant" read Traditional Chinese,
// which the Simplified "zh" does not serve (CLDR's parent of zh-Hant is root, not zh), while "pt-BR" and "de-AT" are
// served by "pt" and "de". Intl.Locale's maximize() fills in CLDR's likely subtags: zh-TW → zh-Hant-TW, zh → zh-Hans-CN.

/**
 * One language under two codes: Bokmål "nb" and Norwegian "no" (pages say "no" for what Auth0 and CLDR call "nb"),
 * and the old or other codes of a language (Tagalog "tl", Auth0's, is Filipino "fil", the browsers'). Written out
 * because not every engine's Intl maps them (WebKitGTK's keeps "tl", "iw" and "in").
 */
const SAME_LANGUAGE = /** @type {Record<string, string>} */ ({ nb: 'no', tl: 'fil', iw: 'he', in: 'id' });

/**
 * The tag's language (as SAME_LANGUAGE names it), script and region, the missing ones filled in; undefined for what
 * is no language tag ("en_US", "").
 * @param {string} tag @returns {{ language: string, script?: string, region?: string } | undefined}
 */
function likely(tag) {
  try {
    const { language, script, region } = new Intl.Locale(tag).maximize();
    return { language: SAME_LANGUAGE[language] ?? language, script, region };
  } catch {
    return undefined;
  }
}

/**
 * The code among `codes` (lowercase) that serves `lang`: the tag itself, else the one of the same language and script,
 * in the same region if there is one, the shorter code on a tie ("es" before "es-419" for "es-MX"). What is no
 * language tag matches only its language before a "-" or "_".
 * @param {string} lang @param {Iterable<string>} codes @returns {string | undefined}
 */
export function bestLocale(lang, codes) {
  const tag = lang.toLowerCase();
  const wanted = likely(tag);
  let best;
  let bestScore = 0;
  for (const code of codes) {
    if (code === tag) return code;
    const have = wanted && likely(code);
    // 2 for the same region, 1 for another; a hundredth off per character puts the shorter code first on a tie.
    const score = !wanted ? Number(code === tag.split(/[-_]/)[0])
      : have?.language === wanted.language && have.script === wanted.script ? (have.region === wanted.region ? 2 : 1) - code.length / 100
      : 0;
    if (score > bestScore) [best, bestScore] = [code, score];
  }
  return best;
}
