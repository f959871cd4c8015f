import { expect } from '@open-wc/testing';
import { normaliseCode, normaliseEmail, normalisePhone as normaliseWith } from '../../protocol/identifiers.js';
import { maskRecipient } from '../../src/input/identifier.js';
import { defaultPhoneCountry, regionOf } from '../../src/input/phone/phone-country.js';
import { resolveAuth0Domain } from '../../src/transport/auth0-domain.js';

/** The protocol's phone rule with libphonenumber-js, as the element loads it. */
const normalisePhone = async (input: string, country?: string) =>
  normaliseWith(input, (await import('libphonenumber-js/min')).parsePhoneNumberFromString, country);

describe('normaliseEmail', () => {
  it('trims, applies NFKC and lower-cases the address (Auth0 keeps addresses in lower case)', () => {
    expect(normaliseEmail('  Alice@EXAMPLE.com ')).to.equal('alice@example.com');
    expect(normaliseEmail('ａｌｉｃｅ@example.com')).to.equal('alice@example.com');
  });
  for (const bad of ['', 'alice', 'alice@', '@example.com', 'a@b', 'a@example.com, b@example.com', 'a@example.com b@example.com', 'a@example.com;b@example.com', 'a@@example.com', '<a@example.com>', 'a@example.com\nBcc: b@example.com']) {
    it(`refuses ${JSON.stringify(bad)}`, () => expect(normaliseEmail(bad)).to.equal(null));
  }
});

describe('normaliseCode', () => {
  for (const [input, expected] of [['123456', '123456'], ['123 456', '123456'], ['123-456', '123456'], [' 012345 ', '012345'], ['１２３４５６', '123456'], ['12345', null], ['1234567', null], ['12a456', null]] as const) {
    it(`${JSON.stringify(input)} → ${expected}`, () => expect(normaliseCode(input, 6)).to.equal(expected));
  }
});

describe('normalisePhone', () => {
  it('accepts international and national numbers, returns E.164', async () => {
    expect(await normalisePhone('+44 7911 123456')).to.equal('+447911123456');
    expect(await normalisePhone('07911 123456', 'GB')).to.equal('+447911123456');
    expect(await normalisePhone('(201) 555-0123', 'US')).to.equal('+12015550123');
  });
  it('refuses what is not a number', async () => {
    expect(await normalisePhone('12')).to.equal(null);
    expect(await normalisePhone('hello')).to.equal(null);
  });
  it('reads the region of a language tag', () => {
    expect(regionOf('en-GB')).to.equal('GB');
    expect(regionOf('de')).to.equal('DE');
    expect(regionOf('he')).to.equal('IL');
    expect(regionOf('not a tag')).to.equal(undefined);
  });
  it('picks the default phone country from lang, then a browser of the same language, then the likely country', () => {
    expect(defaultPhoneCountry('en-GB', 'en-US')).to.equal('GB');
    expect(defaultPhoneCountry('en', 'en-GB')).to.equal('GB');
    expect(defaultPhoneCountry('he', 'en-US')).to.equal('IL');
    expect(defaultPhoneCountry('de', undefined)).to.equal('DE');
  });
});

describe('maskRecipient', () => {
  it('masks emails and numbers', () => {
    expect(maskRecipient('alice@example.com')).to.equal('a•••@example.com');
    expect(maskRecipient('+447700900123')).to.equal('+44•••23');
  });
});

describe('resolveAuth0Domain', () => {
  it('takes a bare domain', () => {
    expect(resolveAuth0Domain('Tenant.eu.auth0.com')).to.deep.equal({ domain: 'tenant.eu.auth0.com', issuer: 'https://tenant.eu.auth0.com/' });
  });
  it('takes a full origin and sets the issuer auth0-js needs', () => {
    expect(resolveAuth0Domain('http://localhost:4400/')).to.deep.equal({ domain: 'http://localhost:4400', issuer: 'http://localhost:4400/' });
  });
  it('refuses junk', () => {
    expect(resolveAuth0Domain('')).to.equal(null);
    expect(resolveAuth0Domain('javascript:alert(1)')).to.equal(null);
    expect(resolveAuth0Domain('a b')).to.equal(null);
  });
});
