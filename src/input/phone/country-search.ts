// Finding a country by what people type into the picker: its name in the element's language or in English (from
// any word: "kingdom"), a common short name ("UK", "USA"), its ISO code ("gb") or its calling code ("44", "+44").
// Accents, case and punctuation do not matter ("cote d'iv" finds Côte d’Ivoire).
import type { Country } from '../phone.chunk.js';

/** Names people type that are neither the country's name nor its code. */
const ALIASES: Record<string, string[]> = {
  GB: ['uk', 'great britain', 'britain', 'england', 'scotland', 'wales'],
  US: ['usa', 'america'],
  AE: ['uae'],
  TR: ['turkey'],
  CZ: ['czech republic'],
  CI: ['ivory coast'],
  CD: ['drc'],
  MM: ['burma'],
  NL: ['holland'],
  SZ: ['swaziland'],
};

/** Scripts written without spaces between words: there a name matches anywhere, not only at a word's start. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/** Lower case, without accents and punctuation, words separated by one space. */
function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Entry {
  country: Country;
  name: string;
  others: string[];
}

const indexes = new WeakMap<readonly Country[], Entry[]>();

function indexOf(countries: readonly Country[]): Entry[] {
  let index = indexes.get(countries);
  if (!index) {
    index = countries.map((country) => ({
      country,
      name: searchable(country.name),
      others: [searchable(country.englishName), ...(ALIASES[country.code] ?? [])],
    }));
    indexes.set(countries, index);
  }
  return index;
}

const startsWord = (text: string, query: string) => text.startsWith(query) || text.includes(` ${query}`);

/** How well a name query fits a country: 0 is best, undefined is no match. */
function nameRank({ country, name, others }: Entry, query: string): number | undefined {
  if (query === country.code.toLowerCase() || name === query || others.includes(query)) return 0;
  if (name.startsWith(query)) return 1;
  if (startsWord(name, query)) return 2;
  if (others.some((other) => startsWord(other, query))) return 3;
  if (UNSPACED.test(query) && name.includes(query)) return 4;
  return undefined;
}

/** How well a calling-code query fits: the exact code first (its main country leading), then longer codes. */
function codeRank({ country }: Entry, digits: string): number | undefined {
  if (!country.callingCode.startsWith(digits)) return undefined;
  if (country.callingCode === digits) return country.main ? 0 : 1;
  return 2;
}

/**
 * The countries that match `query`, best first, otherwise in the list's order (by name). An empty query, or a lone
 * "+", matches them all.
 */
export function searchCountries(countries: readonly Country[], query: string): readonly Country[] {
  const trimmed = query.trim();
  const isCode = /^\+?[\d\s().-]*$/.test(trimmed);
  const term = isCode ? trimmed.replace(/\D/g, '') : searchable(trimmed);
  if (!term) return countries;
  const ranked: [rank: number, country: Country][] = [];
  for (const entry of indexOf(countries)) {
    const rank = isCode ? codeRank(entry, term) : nameRank(entry, term);
    if (rank !== undefined) ranked.push([rank, entry.country]);
  }
  // Longer calling codes after shorter ones ("+4": 40, 41, 420 … 44 …), each code's countries by name.
  const byCode = (a: Country, b: Country) => (a.callingCode < b.callingCode ? -1 : a.callingCode > b.callingCode ? 1 : 0);
  return ranked.sort(([rankA, a], [rankB, b]) => rankA - rankB || (isCode ? byCode(a, b) : 0)).map(([, country]) => country);
}
