// The country picker's rules without the element: the country list, which country a typed +CC points to, what a
// choice does to the typed number, the example number, the search, and flag detection.
import { expect } from '@open-wc/testing';
import { countryList, countryOfTyped, exampleNumber, loadPhoneLibrary, retypeForCountry, type Country } from '../../src/input/phone.chunk.js';
import { searchCountries } from '../../src/input/phone/country-search.js';
import { drawsFlags, flagOf } from '../../src/input/phone/flag-emoji.js';

type PhoneLibrary = Awaited<ReturnType<typeof loadPhoneLibrary>>;
let lib: PhoneLibrary;
before(async () => {
  lib = await loadPhoneLibrary();
});

const digits = (text: string) => text.replace(/[^\d+]/g, '');
const codes = (countries: readonly Country[]) => countries.map(({ code }) => code);

describe('the country list', () => {
  it('names every country in the element\'s language, with its English name and calling code', () => {
    const german = countryList(lib, 'de');
    const gb = german.find(({ code }) => code === 'GB')!;
    expect(gb).to.deep.include({ name: 'Vereinigtes Königreich', englishName: 'United Kingdom', callingCode: '44' });
    expect(german.length).to.be.greaterThan(200);
    const names = german.map(({ name }) => name);
    expect(names).to.deep.equal([...names].sort(new Intl.Collator('de').compare));
  });

  it('takes a language tag written with an underscore, and falls back to English for one that is none', () => {
    expect(countryList(lib, 'de_CH').find(({ code }) => code === 'GB')!.name).to.equal('Vereinigtes Königreich');
    expect(countryList(lib, 'not a tag!').find(({ code }) => code === 'GB')!.name).to.equal('United Kingdom');
  });

  it('knows the main country of a shared calling code', () => {
    const main = (callingCode: string) => codes(countryList(lib, 'en').filter((c) => c.callingCode === callingCode && c.main));
    expect([main('1'), main('44'), main('7'), main('33')]).to.deep.equal([['US'], ['GB'], ['RU'], ['FR']]);
  });
});

describe('a typed +CC moves the picker', () => {
  const cases: [typed: string, current: string, expected: string | undefined][] = [
    ['+44', 'US', 'GB'],
    ['+44 7911 123456', 'US', 'GB'], // pasted whole: the code's main country, not the Guernsey range it falls in
    ['+4', 'US', undefined], // no complete calling code yet
    ['+', 'US', undefined],
    ['07400 123456', 'US', undefined], // a national number is read in the picker's country
    ['+1', 'CA', undefined], // Canada has +1 too: it stays
    ['+1 212 555 0100', 'CA', undefined],
    ['+1', 'GB', 'US'],
    ['+44', 'JE', undefined],
    ['+7 700 123 4567', 'DE', 'RU'],
    [' +33 6 12 34 56 78', 'GB', 'FR'],
  ];
  for (const [typed, current, expected] of cases) {
    it(`"${typed}" with ${current} → ${expected ?? 'stays'}`, () => {
      expect(countryOfTyped(lib, typed, current)).to.equal(expected);
    });
  }
});

describe('choosing a country keeps what was typed', () => {
  it('a "+" number takes the chosen country\'s calling code and keeps its national digits', () => {
    const retyped = retypeForCountry(lib, '+1 201 555 0123', 'GB');
    expect(digits(retyped)).to.equal('+442015550123');
  });

  it('a "+" number already in the chosen country\'s code is left as typed', () => {
    expect(retypeForCountry(lib, '+44 7400 123456', 'JE')).to.equal('+44 7400 123456');
  });

  it('an incomplete calling code is replaced', () => {
    expect(retypeForCountry(lib, '+4', 'FR')).to.equal('+33');
  });

  it('a national number keeps its digits, formatted for the new country', () => {
    expect(retypeForCountry(lib, '074001 23456', 'GB')).to.equal('07400 123456');
    expect(digits(retypeForCountry(lib, '(201) 555-0123', 'GB'))).to.equal('2015550123');
    expect(digits(retypeForCountry(lib, '07400 123456', 'FR'))).to.equal('07400123456');
  });

  it('nothing typed stays nothing', () => {
    expect(retypeForCountry(lib, '', 'FR')).to.equal('');
  });
});

it('gives an example number as people in the country write it', () => {
  expect([exampleNumber(lib, 'GB'), exampleNumber(lib, 'US'), exampleNumber(lib, 'FR')]).to.deep.equal(['07400 123456', '(201) 555-0123', '06 12 34 56 78']);
});

describe('searching the countries', () => {
  const german = () => countryList(lib, 'de');
  const search = (query: string, lang = 'de') => codes(searchCountries(countryList(lib, lang), query));

  it('finds a country by its localised name, from any word, without accents', () => {
    expect(search('Vereinigtes K')[0]).to.equal('GB');
    expect(search('königreich')).to.include('GB');
    expect(search('konigreich')).to.include('GB');
    expect(search('vereinigt')).to.include.members(['GB', 'US', 'AE']);
  });

  it('finds a country by its English name or a common short name, whatever the language', () => {
    expect(search('united kingdom')[0]).to.equal('GB');
    expect(search('Germany')).to.deep.equal(['DE']);
    expect(search('UK')[0], 'before Ukraine').to.equal('GB');
    expect(search('usa')[0]).to.equal('US');
  });

  it('finds a country by its ISO code first', () => {
    expect(search('gb')[0]).to.equal('GB');
    expect(search('DE')[0]).to.equal('DE');
  });

  it('finds a calling code with or without the plus, its main country first', () => {
    for (const query of ['+44', '44', ' + 44 ']) {
      const found = searchCountries(german(), query);
      expect(found[0]!.code, query).to.equal('GB');
      expect(found.every(({ callingCode }) => callingCode.startsWith('44')), query).to.equal(true);
    }
    const plusOne = search('+1');
    expect(plusOne[0]).to.equal('US');
    expect(plusOne).to.include('CA');
  });

  it('lists longer calling codes after the shorter ones they start with', () => {
    const found = searchCountries(german(), '4').map(({ callingCode }) => callingCode);
    expect(found[0]).to.equal('40');
    expect(found).to.deep.equal([...found].sort());
  });

  it('finds names in scripts written without spaces from anywhere in the name', () => {
    const japan = countryList(lib, 'ja').find(({ code }) => code === 'GB')!.name; // イギリス
    expect(search(japan.slice(1), 'ja')).to.include('GB');
  });

  it('matches everything for an empty search or a lone plus, and nothing for nonsense', () => {
    expect(searchCountries(german(), '')).to.have.length(german().length);
    expect(searchCountries(german(), '+')).to.have.length(german().length);
    expect(search('qqq')).to.deep.equal([]);
    expect(search('999')).to.deep.equal([]);
  });
});

describe('flag emoji', () => {
  it('are made of two regional indicator symbols', () => {
    expect(flagOf('GB')).to.equal('\u{1F1EC}\u{1F1E7}');
  });

  // Widths as each platform draws them: a flag glyph (Apple, Android, Linux with a colour emoji font), two letters
  // (Windows), two empty boxes (Linux without one), or nothing at all.
  const platforms: [string, (text: string) => number, boolean][] = [
    ['a flag glyph', (text) => (text === flagOf('GB') ? 40 : 40 * [...text].length), true],
    ['letter pairs', (text) => 22 * [...text].length, false],
    ['empty boxes', (text) => 30 * [...text].length, false],
    ['no width', () => 0, false],
  ];
  for (const [name, measure, expected] of platforms) {
    it(`are shown only where the platform draws them: ${name} → ${expected}`, () => {
      expect(drawsFlags(measure)).to.equal(expected);
    });
  }
});
