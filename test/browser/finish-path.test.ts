import { expect } from '@open-wc/testing';
import {
  rememberLeaving,
  rememberTypedCodesRefused,
  siteOf,
  takeLeaving,
  tenantIsCrossSite,
  typedCodesRefused,
  unverifiedRecipient,
} from '../../src/transport/finish-path.js';

const base64url = (value: unknown) => btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value)))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const token = (payload: unknown) => `${base64url({ alg: 'RS256' })}.${base64url(payload)}.signature`;

describe('which way a code login finishes (src/transport/finish-path.ts)', () => {
  it('a custom domain shares the page\'s site; an Auth0 domain, another port\'s host or an IP does not', () => {
    expect(siteOf('login.example.com')).to.equal('example.com');
    expect(siteOf('www.shop.example.co.uk')).to.equal('example.co.uk');
    expect(siteOf('localhost')).to.equal('localhost');
    expect(siteOf('127.0.0.1')).to.equal('127.0.0.1');
    expect(siteOf('LOGIN.Example.COM.')).to.equal('example.com');
    expect(tenantIsCrossSite('https://login.example.com', 'www.example.com')).to.equal(false);
    expect(tenantIsCrossSite('https://tenant.eu.auth0.com', 'www.example.com')).to.equal(true);
    expect(tenantIsCrossSite('http://localhost:4400', 'localhost')).to.equal(false);
    expect(tenantIsCrossSite('http://localhost:4400', '127.0.0.1')).to.equal(true);
    expect(tenantIsCrossSite('http://[::1]:4400', '127.0.0.1')).to.equal(true);
  });

  it('remembers a tenant that refused a typed code for 30 days, per tenant', () => {
    const tenant = `https://t${Math.random()}.example`;
    expect(typedCodesRefused(tenant)).to.equal(false);
    rememberTypedCodesRefused(tenant, 1_000);
    expect(typedCodesRefused(tenant, 1_000 + 29 * 86_400_000)).to.equal(true);
    expect(typedCodesRefused(tenant, 1_000 + 31 * 86_400_000)).to.equal(false);
    expect(typedCodesRefused(`${tenant}x`, 1_000)).to.equal(false);
  });

  it('what a tab remembers before it leaves comes back once, only while fresh, only if well formed', () => {
    const leaving = { path: 'verify-redirect' as const, connection: 'sms' as const, recipient: '+447911123456', at: 10_000 };
    rememberLeaving('client', leaving);
    expect(takeLeaving('client', 10_001)).to.deep.equal(leaving);
    expect(takeLeaving('client', 10_001), 'taken once').to.equal(null);
    rememberLeaving('client', leaving);
    expect(takeLeaving('client', 10_000 + 16 * 60_000), 'too old').to.equal(null);
    rememberLeaving('client', { ...leaving, path: 'elsewhere' as never });
    expect(takeLeaving('client', 10_001)).to.equal(null);
    sessionStorage.setItem('passwordless-login:leaving:client', '{not json');
    expect(takeLeaving('client', 10_001)).to.equal(null);
    expect(sessionStorage.getItem('passwordless-login:leaving:client')).to.equal(null);
  });

  it('reads only the email or phone number of an unverified ID token from this tenant for this application, and nothing from garbage', () => {
    const ours = { iss: 'https://t.example/', aud: 'client' };
    const expected = { issuer: 'https://t.example/', clientId: 'client' };
    expect(unverifiedRecipient(token({ ...ours, email: 'zoë@example.com', name: '<img src=x>' }), expected)).to.deep.equal({ connection: 'email', recipient: 'zoë@example.com' });
    expect(unverifiedRecipient(token({ ...ours, phone_number: '+447911123456' }), expected)).to.deep.equal({ connection: 'sms', recipient: '+447911123456' });
    expect(unverifiedRecipient(token({ ...ours, email: 'a@b.io', aud: 'another' }), expected), 'another application').to.equal(null);
    expect(unverifiedRecipient(token({ ...ours, email: 'a@b.io', iss: 'https://evil.example/' }), expected), 'another issuer').to.equal(null);
    expect(unverifiedRecipient(token({ ...ours, phone_number: '+44 <b>' }), expected)).to.equal(null);
    expect(unverifiedRecipient(token({ ...ours, email: 'x'.repeat(300) + '@a.io' }), expected)).to.equal(null);
    expect(unverifiedRecipient('not-a-token', expected)).to.equal(null);
    expect(unverifiedRecipient('a.%%%.c', expected)).to.equal(null);
    expect(unverifiedRecipient(null, expected)).to.equal(null);
  });
});
