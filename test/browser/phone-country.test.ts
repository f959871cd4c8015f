// The country picker's rules without the element: the country list, which country a typed +CC points to, what a
// choice does to the typed number, the example number, the search, and flag detection.
import { expect } from '@open-wc/testing';
import { countryList, countryOfTyped, exampleNumber, loadPhoneLibrary, retypeForCountry, type Country } from '../../src/input/phone.chunk.js';
import { searchCountries } from '../../src/input/phone/country-search.js';
import { drawsFlags, flagOf } from '../../src/input/phone/flag-emoji.js';
import { allowedCountries, parseSmsCountries, SmsCountries, unknownCountriesHint } from '../../src/input/phone/sms-countries.js';
import { numberCountry, smsCountryAllowed } from '../../protocol/sms-countries.js';

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

describe('a typed +CC moves the picker only to a country the site texts', () => {
  const cases: [typed: string, current: string, allowed: string[], expected: string | undefined][] = [
    ['+44', 'FR', ['FR', 'GB'], 'GB'],
    ['+33', 'GB', ['GB'], undefined], // France is not texted: the picker stays
    ['+1', 'GB', ['GB', 'CA'], 'CA'], // the United States is not texted: the first allowed country with +1
    ['+1', 'GB', ['GB', 'JM', 'CA'], 'JM'], // in the site's order
    ['+7 700 123 4567', 'DE', ['DE', 'KZ'], 'KZ'],
  ];
  for (const [typed, current, allowed, expected] of cases) {
    it(`"${typed}" with ${current}, texting ${allowed.join(' ')} → ${expected ?? 'stays'}`, () => {
      expect(countryOfTyped(lib, typed, current, allowed)).to.equal(expected);
    });
  }
});

describe('the countries a site texts (sms-countries)', () => {
  const known = (code: string) => lib.isSupportedCountry(code);

  it('reads codes separated by spaces or commas, in any case, once each, in the order written', () => {
    expect(parseSmsCountries(' gb,IE  fr ,gb', known)).to.deep.equal({ codes: ['GB', 'IE', 'FR'], unknown: [] });
    expect(parseSmsCountries(['de', 'AT'], known)).to.deep.equal({ codes: ['DE', 'AT'], unknown: [] });
  });

  it('means every country when empty', () => {
    for (const empty of ['', ' , ', [], null, undefined]) expect(parseSmsCountries(empty, known).codes, JSON.stringify(empty)).to.equal(null);
  });

  it('sets apart what is no country the phone library knows, and a list of only those allows none', () => {
    expect(parseSmsCountries('GB UK xx 44 GBR', known)).to.deep.equal({ codes: ['GB'], unknown: ['UK', 'xx', '44', 'GBR'] });
    expect(parseSmsCountries('UK', known)).to.deep.equal({ codes: [], unknown: ['UK'] });
  });

  it('names the unknown codes in its developer hint, with the ISO code for a common mistake, and keeps it short', () => {
    expect(unknownCountriesHint(['UK', 'xx'])).to.equal('sms-countries: "UK" (the ISO 3166 code is GB), "xx" are not an ISO 3166 alpha-2 country code the phone library knows, and are ignored.');
    const long = unknownCountriesHint(Array.from({ length: 20 }, () => 'y'.repeat(100)));
    expect(long.length).to.be.lessThan(300);
  });

  it('takes the countries in both lists (the page\'s order), or the one list given', () => {
    expect(allowedCountries(['FR', 'IE', 'GB'], ['gb', 'ie', 'de'])).to.deep.equal(['IE', 'GB']);
    expect(allowedCountries(null, ['gb', 'ie'])).to.deep.equal(['GB', 'IE']);
    expect(allowedCountries(['GB'], null)).to.deep.equal(['GB']);
    expect(allowedCountries(null, null)).to.equal(null);
    expect(allowedCountries(['FR'], ['GB'])).to.deep.equal([]);
  });

  it('finds a number\'s own country, also where a calling code is shared; none for an international service', () => {
    const cases: [string, string | undefined][] = [
      ['+12015550123', 'US'],
      ['+14165550123', 'CA'],
      ['+18765550123', 'JM'],
      ['+447400123456', 'GB'],
      ['+447797123456', 'JE'],
      ['+77001234567', 'KZ'],
      ['+79123456789', 'RU'],
      ['+80012345678', undefined],
    ];
    for (const [number, country] of cases) expect(numberCountry(number, lib.parsePhoneNumberFromString), number).to.equal(country);
  });

  it('allows a number by the shared rule the server runs too: its own country listed; none for no country or an empty list', () => {
    expect(smsCountryAllowed('CA', ['US']), 'Canada under a US-only list').to.equal(false);
    expect(smsCountryAllowed('US', ['CA', 'US'])).to.equal(true);
    expect(smsCountryAllowed(undefined, ['GB']), 'a number of no country').to.equal(false);
    expect(smsCountryAllowed('GB', []), 'an empty list never falls open').to.equal(false);
    expect(smsCountryAllowed(undefined, null), 'no list: any number').to.equal(true);
    const countries = new SmsCountries(known, () => undefined);
    expect(countries.refusal(lib, '+14165550123', 'US')?.code, 'the element refuses through it').to.equal('country_not_allowed');
    expect(countries.refusal(lib, '+12015550123', 'US')).to.equal(null);
  });

  it('offers the picker the allowed countries as one list per allow-list, so its search index is built once', () => {
    const countries = new SmsCountries(known, () => undefined);
    const all = countryList(lib, 'en');
    const first = countries.offered(all, 'GB IE');
    expect(codes(first)).to.deep.equal(['IE', 'GB']);
    expect(countries.offered(all, 'GB IE'), 'the same array while nothing changed').to.equal(first);
    expect(countries.offered(all, ['GB', 'IE']), 'the same codes as an array').to.equal(first);
    expect(countries.offered(all, ''), 'every country').to.equal(all);
  });

  it('asks the server once per transport, and again after a failure', async () => {
    const countries = new SmsCountries((code) => lib.isSupportedCountry(code), () => undefined);
    const transport = {};
    let asked = 0;
    const failing = () => (asked++, Promise.reject(new Error('offline')));
    await countries.askServer(transport, failing);
    expect(countries.allowed('GB FR'), 'meanwhile the page\'s list stands').to.deep.equal(['GB', 'FR']);
    await countries.askServer(transport, () => (asked++, Promise.resolve(['FR'])));
    await countries.askServer(transport, () => (asked++, Promise.resolve(['DE'])));
    expect(asked).to.equal(2);
    expect(countries.allowed('GB FR')).to.deep.equal(['FR']);
    await countries.askServer({}, undefined);
    expect(countries.allowed('GB FR'), 'a transport without a list: the page\'s').to.deep.equal(['GB', 'FR']);
  });

  it('refuses a number of a country not allowed with country_not_allowed, and any number when none is', () => {
    const countries = new SmsCountries(known, () => undefined);
    expect(countries.refusal(lib, '+447400123456', 'GB')).to.equal(null);
    expect(countries.refusal(lib, '+33612345678', '')).to.equal(null);
    expect(countries.refusal(lib, '+33612345678', 'GB')).to.deep.include({ code: 'country_not_allowed', recoverable: true });
    expect(countries.refusal(lib, '+447797123456', 'GB')?.developerHint).to.contain('JE');
    expect(countries.refusal(lib, '+447400123456', 'UK')).to.deep.include({ code: 'misconfigured', recoverable: false });
  });
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
