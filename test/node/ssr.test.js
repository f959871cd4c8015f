// @ts-check
// passwordless-login/ssr: the element's first step as Declarative Shadow DOM, in the page's language, with its
// styles, and nothing in an attribute that could run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { importSsr, removeSsrBuilds } from '../helpers/ssr.js';

/** @type {Awaited<ReturnType<typeof importSsr>>['renderPasswordlessLogin']} */
let renderPasswordlessLogin;

before(async () => {
  ({ renderPasswordlessLogin } = await importSsr());
});
after(removeSsrBuilds);

test('backend mode in English: the host with its attributes, an open shadow root with the styles, the form, the labelled field', async () => {
  const html = await renderPasswordlessLogin({ endpoint: '/auth/passwordless' });
  assert.match(html, /^<passwordless-login endpoint="\/auth\/passwordless"><template shadowroot="open" shadowrootmode="open" shadowrootdelegatesfocus><style>/);
  assert.match(html, /<\/template><\/passwordless-login>$/);
  assert.match(html, /--passwordless-accent-color/, 'the styles');
  assert.match(html, /<div part="base" class="base" dir="ltr" lang="en">/);
  assert.match(html, /<h2><!--lit-part-->Sign in<!--\/lit-part--><\/h2>/);
  assert.match(html, /<form part="form"/);
  assert.match(html, /<label part="label" for="identifier"><!--lit-part-->Email address<!--\/lit-part--><\/label>/);
  assert.match(html, /<input\s+part="input identifier-input"\s+id="identifier"\s+name="email"\s+type="email"/);
  assert.match(html, /<button part="submit-button" type="submit"/);
  assert.match(html, /Send code/);
});

test('backend mode: the first step is also an ordinary form posting to the handler’s start, in the page’s language; SPA mode posts to the page (no address in a URL)', async () => {
  const english = await renderPasswordlessLogin({ endpoint: '/auth/passwordless/' });
  assert.match(english, /<form part="form" method="post" action="\/auth\/passwordless\/start\?lang=en"/);
  const german = await renderPasswordlessLogin({ endpoint: '/auth', connection: 'sms' }, { lang: 'de-AT' });
  assert.match(german, /<form part="form" method="post" action="\/auth\/start\?lang=de-AT"/);
  assert.match(german, /name="tel"/);
  // A handler on another origin takes no form posts (it checks Sec-Fetch-Site: same-origin): no action, and no GET.
  const elsewhere = await renderPasswordlessLogin({ endpoint: 'https://login.example/auth' });
  assert.match(elsewhere, /<form part="form" method="post"/);
  assert.doesNotMatch(elsewhere, /action=/);
  // A page's CSP nonce on the shadow root's styles.
  assert.match(await renderPasswordlessLogin({ endpoint: '/auth' }, { nonce: 'r4nd"m' }), /<style nonce="r4nd&quot;m">/);
  const spa = await renderPasswordlessLogin({ domain: 'tenant.example', 'client-id': 'x' });
  // Sent before the script (Enter), SPA mode's form must not put the address in the URL as a GET would.
  assert.match(spa, /<form part="form" method="post"/);
  assert.doesNotMatch(spa, /action=/);
  assert.equal((english.match(/<form /g) ?? []).length, 1);
});

test('SPA mode in German, SMS: the first step speaks the page language', async () => {
  const html = await renderPasswordlessLogin({ domain: 'tenant.eu.auth0.com', 'client-id': 'abc', connection: 'sms' }, { lang: 'de-AT' });
  assert.match(html, /^<passwordless-login domain="tenant.eu.auth0.com" client-id="abc" connection="sms">/);
  assert.match(html, /dir="ltr" lang="de"/);
  assert.match(html, /<h2><!--lit-part-->Anmelden<!--\/lit-part--><\/h2>/);
  assert.match(html, /Telefonnummer/);
  assert.match(html, /type="tel"/);
});

test('Arabic is right to left; the element’s own lang wins over the page’s', async () => {
  const arabic = await renderPasswordlessLogin({ endpoint: '/auth' }, { lang: 'ar' });
  assert.match(arabic, /dir="rtl" lang="ar"/);
  assert.match(arabic, /تسجيل الدخول/);
  const own = await renderPasswordlessLogin({ endpoint: '/auth', lang: 'ar' }, { lang: 'en' });
  assert.match(own, /^<passwordless-login endpoint="\/auth" lang="ar">/);
  assert.match(own, /dir="rtl" lang="ar"/);
  const english = await renderPasswordlessLogin({ endpoint: '/auth' }, { lang: 'en' });
  assert.match(english, /dir="ltr" lang="en"/, 'a language loaded before does not leak into the next render');
});

test('attribute values are escaped: a payload renders as text, never as markup', async () => {
  const payload = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
  const html = await renderPasswordlessLogin({ endpoint: payload, 'client-id': "'&" });
  const host = html.slice(0, html.indexOf('<template'));
  assert.equal(host, '<passwordless-login endpoint="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;" client-id="&#39;&amp;">');
  assert.doesNotMatch(html, /<script|<img/);
});

test('boolean attributes, and names that are not attribute names are refused', async () => {
  const html = await renderPasswordlessLogin({ endpoint: '/auth', passkeys: true, 'allow-framed': false, send: undefined });
  assert.match(html, /^<passwordless-login endpoint="\/auth" passkeys>/);
  await assert.rejects(renderPasswordlessLogin({ 'x onload=alert(1)': '1' }), TypeError);
  await assert.rejects(renderPasswordlessLogin({ '"><script>': '1' }), TypeError);
  assert.match(await renderPasswordlessLogin({}), /^<passwordless-login><template /);
});

test('a client secret is refused: it would be public in the page', async () => {
  await assert.rejects(renderPasswordlessLogin({ domain: 'd', 'client-id': 'c', 'client-secret': 's' }), /client-secret/);
});

test('the element’s messages overrides, as the page sets them, in the first step', async () => {
  const html = await renderPasswordlessLogin({ endpoint: '/auth' }, { lang: 'de', messages: { title: 'Willkommen <zurück>' } });
  assert.match(html, /<h2><!--lit-part-->Willkommen &lt;zurück&gt;<!--\/lit-part--><\/h2>/);
  assert.match(html, /E-Mail-Adresse/);
});
