// @ts-check
// The handler's own HTML pages (a magic link that cannot finish here), as the person sees them: every page in every
// language (lang and dir right, nothing left in English, a host name isolated in right-to-left text), lifetimes
// that are true, the site's theme, nothing from the URL, and the options that feed them checked at creation.
// A used or refused link opened where the person is signed in goes back to the site, signed in (emulator tests).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createPasswordlessHandler, memoryStore } from '../../server/index.js';
import { resolveOptions, THEME_PROPERTIES } from '../../server/options.js';
import { linkProblemPage, pageLanguage, lifetimeWords } from '../../server/pages.js';
import { PAGE_LANGUAGES, PAGE_MESSAGES } from '../../server/pages-messages.js';
import { CALLBACK, Jar, elementRequest, latestMessage, setup } from './server-helpers.js';

/** @typedef {import('../../server/index.js').PasswordlessHandlerOptions} PasswordlessHandlerOptions */
/** @typedef {import('../../server/pages.js').PageReason} PageReason */

const SITE_CALLBACK = 'https://shop.example/auth/passwordless/callback';
const REASONS = /** @type {PageReason[]} */ (['expired', 'used', 'failed', 'other_browser', 'no_cookies']);
const RTL = ['ar', 'fa', 'he', 'ur'];
/** Languages written in a script with no Latin letters of its own: any Latin word on their pages would be English. */
const NON_LATIN = PAGE_LANGUAGES.filter((lang) => new Intl.Locale(lang).maximize().script !== 'Latn');
/** Words these languages borrowed from English and write the same way (Greek writes "email" in Latin, as el.ts does). */
const LOANWORDS = new Set(['cookie', 'cookies', 'link', 'links', 'email']);
/** Words one language borrowed that are English-only elsewhere: Filipino signs in with "mag-sign in" (as tl.ts does). */
const BORROWED = /** @type {Record<string, string[]>} */ ({ tl: ['sign'] });
/** English words that are no word of any of the other languages: one of them on their page is English left over. */
const ENGLISH_ONLY = new Set(['the', 'this', 'and', 'you', 'your', 'with', 'only', 'ask', 'sign', 'where', 'could', 'please', 'again', 'works', 'expired']);

/**
 * A link handler that never reaches Auth0 (none of these pages needs it).
 * @param {Partial<PasswordlessHandlerOptions>} [overrides]
 */
function pagesHandler(overrides = {}) {
  return createPasswordlessHandler({
    domain: 'tenant.example.com',
    clientId: 'pages-client',
    clientSecret: 'pages-client-secret',
    sessionSecret: 'pages-session-secret-0123456789abcdef',
    send: 'link',
    callbackUrl: SITE_CALLBACK,
    loginUrl: '/sign-in',
    store: memoryStore(),
    log: () => {},
    fetch: async () => {
      throw new Error('these pages never call Auth0');
    },
    ...overrides,
  });
}

const enc = encodeURIComponent;
/** What Auth0 sends the callback for each page (real texts), or nothing it could use. */
const QUERIES = {
  expired: `error=access_denied&error_description=${enc('The verification code has expired. Please try to login again.')}&state=s1`,
  used: `error=access_denied&error_description=${enc('Wrong email or verification code.')}&state=s1`,
  failed: `error=consent_required&error_description=${enc('Consent required')}&state=s1`,
  other_browser: 'state=s1',
};

/**
 * The page a browser with no cookies for the site gets for this reason. `no_cookies` takes the round trip the
 * handler starts for a working link from another browser, and comes back without the cookie it set.
 * @param {ReturnType<typeof pagesHandler>} handler @param {PageReason} reason @param {Record<string, string>} [headers]
 */
async function pageFor(handler, reason, headers = {}) {
  if (reason !== 'no_cookies') return handler(new Request(`${SITE_CALLBACK}?${QUERIES[reason]}`, { headers }));
  const first = await handler(new Request(`${SITE_CALLBACK}?code=abc&state=s1`, { headers }));
  const state = new URL(/** @type {string} */ (first.headers.get('location'))).searchParams.get('state');
  return handler(new Request(`${SITE_CALLBACK}?code=def&state=${state}`, { headers }));
}

/** @param {string} text */
const decode = (text) => text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[/** @type {'amp'} */ (e)]);

/** What the page shows: its title and the text of its body, without tags. @param {string} html */
function shown(html) {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
  return decode(`${title}\n${body.replace(/<[^>]+>/g, ' ')}`);
}

/** The page's lines: title, heading, paragraphs and the link's text. @param {string} html */
function lines(html) {
  return [...html.matchAll(/<(title|h1|p|a)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => decode(m[2].replace(/<[^>]+>/g, '')));
}

/** @param {string} html */
function htmlAttributes(html) {
  const match = /<html lang="([^"]*)" dir="([^"]*)">/.exec(html);
  return { lang: match?.[1], dir: match?.[2] };
}

describe('the pages in every language', () => {
  const handler = pagesHandler();
  /** @type {Map<string, string>} `${reason} ${lang}` → html */
  const pages = new Map();
  before(async () => {
    for (const reason of REASONS) {
      for (const lang of PAGE_LANGUAGES) {
        const response = await pageFor(handler, reason, { 'accept-language': `${lang};q=0.9` });
        assert.equal(response.status, 400);
        assert.equal(response.headers.get('content-language'), lang);
        pages.set(`${reason} ${lang}`, await response.text());
      }
    }
  });

  test('the pages speak the element\'s languages, each with the same messages as English', async () => {
    const source = await readFile(new URL('../../src/i18n/locales/index.ts', import.meta.url), 'utf8');
    const supported = JSON.parse(/SUPPORTED_LOCALES = (\[[^\]]*\])/.exec(source)?.[1].replaceAll("'", '"') ?? '[]');
    assert.deepEqual([...PAGE_LANGUAGES].sort(), [...supported].sort());
    /** @param {object} value @param {string} [prefix] @returns {string[]} */
    const keys = (value, prefix = '') => Object.entries(value).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    for (const lang of PAGE_LANGUAGES) {
      assert.deepEqual(keys(PAGE_MESSAGES[lang]), keys(PAGE_MESSAGES.en), lang);
      for (const reason of REASONS) {
        for (const part of /** @type {const} */ (['title', 'lead', 'detail'])) {
          const placeholders = (/** @type {string} */ text) => text.match(/\{\w+\}/g) ?? [];
          assert.deepEqual(placeholders(PAGE_MESSAGES[lang][reason][part]), placeholders(PAGE_MESSAGES.en[reason][part]), `${lang} ${reason}.${part}`);
        }
      }
    }
  });

  test('every page says its language and direction: Arabic, Hebrew, Persian and Urdu right to left, the others left to right', () => {
    for (const [key, html] of pages) {
      const lang = key.split(' ')[1];
      assert.deepEqual(htmlAttributes(html), { lang, dir: RTL.includes(lang) ? 'rtl' : 'ltr' }, key);
    }
  });

  test('every page has its title as its heading, a way forward to the sign-in page, and no placeholder left', () => {
    for (const [key, html] of pages) {
      const title = /<title>([^<]+)<\/title>/.exec(html)?.[1];
      assert.ok(title && html.includes(`<h1>${title}</h1>`), key);
      const lang = key.split(' ')[1];
      assert.ok(html.includes(`<a href="/sign-in">${PAGE_MESSAGES[lang].action}</a>`), key);
      assert.doesNotMatch(shown(html), /[{}]/, key);
      assert.doesNotMatch(html, /<script/i, key);
    }
  });

  test('no English is left in a page in another language', () => {
    for (const reason of REASONS) {
      const english = lines(/** @type {string} */ (pages.get(`${reason} en`)));
      const englishWords = shown(/** @type {string} */ (pages.get(`${reason} en`))).toLowerCase().match(/\p{L}+/gu) ?? [];
      const englishTrigrams = new Set(englishWords.slice(2).map((_, i) => englishWords.slice(i, i + 3).join(' ')));
      for (const lang of PAGE_LANGUAGES.filter((l) => l !== 'en')) {
        const html = /** @type {string} */ (pages.get(`${reason} ${lang}`));
        const key = `${reason} ${lang}`;
        for (const line of lines(html)) assert.ok(!english.includes(line), `${key}: "${line}" is the English text`);
        // The host name is the site's, not English: it is the one thing isolated in <bdi>.
        const text = shown(html.replace(/<bdi dir="ltr">[^<]*<\/bdi>/g, ''));
        const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
        if (NON_LATIN.includes(lang)) {
          assert.deepEqual(words.filter((word) => /^[a-z]+$/.test(word) && !LOANWORDS.has(word)), [], `${key}: Latin words in a ${lang} page`);
        } else {
          assert.deepEqual(words.filter((word) => ENGLISH_ONLY.has(word) && !BORROWED[lang]?.includes(word)), [], `${key}: English words`);
          // No three words in a row as the English page has them (an untranslated phrase).
          const trigrams = (/** @type {string[]} */ list) => list.slice(2).map((_, i) => list.slice(i, i + 3).join(' '));
          const shared = trigrams(words).filter((trigram) => englishTrigrams.has(trigram));
          assert.deepEqual(shared, [], `${key}: English phrases`);
        }
      }
    }
  });

  test('the site\'s host name is isolated (<bdi dir="ltr">) wherever it appears, so it reads whole in right-to-left text', () => {
    for (const lang of PAGE_LANGUAGES) {
      const html = /** @type {string} */ (pages.get(`no_cookies ${lang}`));
      assert.equal(html.split('shop.example').length - 1, 1, lang);
      assert.ok(html.includes('<bdi dir="ltr">shop.example</bdi>'), lang);
    }
  });

  test('without a callbackUrl to name the site (a code handler), the words for "this site" stand in, in the page\'s language', async () => {
    const options = resolveOptions({ domain: 'tenant.example.com', clientId: 'c', clientSecret: 's', sessionSecret: 'pages-session-secret-0123456789abcdef' });
    for (const lang of PAGE_LANGUAGES) {
      const html = await (await linkProblemPage('no_cookies', options, lang)).text();
      const expected = PAGE_MESSAGES[lang].no_cookies.detail.replace('{site}', PAGE_MESSAGES[lang].thisSite);
      assert.ok(lines(html).includes(expected), lang);
      assert.doesNotMatch(html, /<bdi/, lang);
    }
  });
});

describe('which language', () => {
  /** @param {string|null} acceptLanguage @param {string} [used] */
  const pick = (acceptLanguage, used) => pageLanguage(new Request(SITE_CALLBACK, { headers: acceptLanguage === null ? {} : { 'accept-language': acceptLanguage } }), used);

  test('the one the person used with the element, else Accept-Language by preference, else English', () => {
    assert.equal(pick('de-DE,de;q=0.9', 'ja'), 'ja', 'the start\'s locale wins');
    assert.equal(pick('de-DE,de;q=0.9', 'pt-BR'), 'pt', 'a regional tag falls back to its language');
    assert.equal(pick('de-DE,de;q=0.9', 'tlh'), 'de', 'a language the pages do not speak is skipped');
    assert.equal(pick('fr;q=0.4, sv;q=0.8, nl;q=0.6'), 'sv', 'the highest q wins, whatever the order');
    assert.equal(pick('tlh, qaa;q=0.9, he;q=0.5'), 'he', 'private-use qaa is no language of the pages');
    assert.equal(pick('he;q=0, ar;q=0.1'), 'ar', 'q=0 means not this one');
    assert.equal(pick('*, zh-Hant-TW;q=0.5'), 'zh-tw', 'Traditional Chinese, by its script');
    assert.equal(pick('zh-HK'), 'zh-tw');
    assert.equal(pick('zh-CN, zh-TW;q=0.5'), 'zh', 'Simplified Chinese');
    assert.equal(pick('ru-UA'), 'ru');
    assert.equal(pick('qaa, tlh'), 'en');
    assert.equal(pick(null), 'en');
    assert.equal(pick('__proto__, constructor, toString'), 'en', 'no inherited property passes for a language');
  });

  test('a code start leaves its language in the start cookie: a link problem page later speaks it, over Accept-Language', async () => {
    const handler = createPasswordlessHandler({
      domain: 'tenant.example.com', clientId: 'pages-client', clientSecret: 'pages-client-secret', sessionSecret: 'pages-session-secret-0123456789abcdef',
      callbackUrl: 'http://localhost:5173/auth/passwordless/callback', store: memoryStore(), log: () => {},
      fetch: async () => Response.json({ _id: 'x', email: 'sv@example.com', email_verified: false }),
    });
    const jar = new Jar();
    assert.equal(jar.store(await handler(elementRequest('start', { connection: 'email', identifier: 'sv@example.com', locale: 'sv-FI' }, { jar }))).status, 204);
    const page = await handler(new Request(`http://localhost:5173/auth/passwordless/callback?${QUERIES.used}`, { headers: { cookie: jar.header(), 'accept-language': 'de' } }));
    assert.equal(page.status, 400);
    const html = await page.text();
    assert.equal(htmlAttributes(html).lang, 'sv');
    assert.ok(html.includes(`<h1>${PAGE_MESSAGES.sv.used.title}</h1>`));
  });
});

describe('lifetimes', () => {
  test('the expired page names the link lifetime the handler was told, in the page\'s language, and never the start cookie\'s 30 minutes', async () => {
    const cases = [
      [180, 'en', 'Sign-in links work for 3 minutes only, and only once.'],
      [180, 'de', 'Anmeldelinks gelten nur 3 Minuten lang und nur einmal.'],
      [300, 'pl', 'Link do logowania działa tylko raz, a jego ważność to 5 minut.'],
      [90, 'fr', 'Les liens de connexion ne fonctionnent que pendant 90\u00a0secondes, et une seule fois.'],
      [3600, 'sv', 'Inloggningslänkar fungerar bara i 1 timme och bara en gång.'],
      [600, 'zh', '登录链接的有效期为10分钟，且只能使用一次。'],
      [3600, 'ko', '로그인 링크는 1시간 동안 한 번만 사용할 수 있습니다.'],
      [300, 'sw', 'Viungo vya kuingia hufanya kazi kwa dakika 5 tu, na mara moja tu.'],
      [60, 'is', 'Gildistími innskráningartengla er 1 mínúta og hvern tengil má aðeins nota einu sinni.'],
      // The runtime keeps Tagalog's words under Filipino's tag (fil): still words, not "a few minutes".
      [180, 'tl', 'Gumagana lang ang mga link sa pag-sign in nang 3 minuto, at isang beses lang.'],
      [600, 'zh-TW', '登入連結的有效期限為10 分鐘，且只能使用一次。'],
      [60, 'ru', 'Срок действия ссылки для входа — 1 минута, и использовать её можно только один раз.'],
      [300, 'uk', 'Термін дії посилання для входу — 5 хвилин, і використати його можна лише один раз.'],
    ];
    for (const [seconds, lang, sentence] of cases) {
      const html = await (await pageFor(pagesHandler({ linkLifetimeSeconds: Number(seconds) }), 'expired', { 'accept-language': String(lang) })).text();
      assert.ok(lines(html).includes(String(sentence)), `${seconds} s in ${lang}: ${lines(html).join(' | ')}`);
    }
  });

  test('without linkLifetimeSeconds the pages claim no number: "a few minutes", in every language', async () => {
    for (const lang of PAGE_LANGUAGES) {
      const html = await (await pageFor(pagesHandler(), 'expired', { 'accept-language': lang })).text();
      const expected = PAGE_MESSAGES[lang].expired.lead.replace('{lifetime}', PAGE_MESSAGES[lang].fewMinutes);
      assert.ok(lines(html).includes(expected), lang);
      assert.doesNotMatch(shown(html), /\d/, `${lang}: no number`);
    }
    assert.equal(lifetimeWords('ar', 180), new Intl.NumberFormat('ar', { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(3));
  });

  test('a language the runtime has no unit words for says "a few minutes" in its own words, not root\'s Latin "3 min"', async () => {
    // Node's data for Tamazight (zgh, Tifinagh) formats 180 s as "3 min": a page in Tifinagh with a Latin word.
    assert.match(new Intl.NumberFormat('zgh', { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(3), /[a-z]/);
    const html = await (await pageFor(pagesHandler({ linkLifetimeSeconds: 180 }), 'expired', { 'accept-language': 'zgh' })).text();
    assert.ok(lines(html).includes(PAGE_MESSAGES.zgh.expired.lead.replace('{lifetime}', PAGE_MESSAGES.zgh.fewMinutes)), lines(html).join(' | '));
  });

  test('no page says "30 minutes" or "not signed in", whatever the reason', async () => {
    for (const reason of REASONS) {
      const text = shown(await (await pageFor(pagesHandler({ linkLifetimeSeconds: 180 }), reason)).text());
      assert.doesNotMatch(text, /30|not signed in|state/i, reason);
    }
  });
});

describe('the site\'s theme', () => {
  test('the element\'s custom properties with its defaults; pageTheme on :root; pageStylesheet linked after; the CSP allows exactly these', async () => {
    const plain = await pageFor(pagesHandler(), 'used');
    const plainHtml = await plain.text();
    for (const property of ['--passwordless-accent-color', '--passwordless-background', '--passwordless-text-color', '--passwordless-font-family', '--passwordless-radius']) {
      assert.ok(plainHtml.includes(`var(${property},`), `${property} is read with a default`);
    }
    assert.match(plainHtml, /light-dark\(/);
    assert.doesNotMatch(plainHtml, /<link/);

    const theme = { '--passwordless-accent-color': '#0a7', '--passwordless-font-family': "'Noto Sans JP', system-ui", '--passwordless-radius': 'calc(0.25rem * 2)' };
    const themed = await pageFor(pagesHandler({ pageTheme: theme, pageStylesheet: '/assets/theme.css?v=3' }), 'used');
    const html = await themed.text();
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    assert.ok(style.startsWith(":root{--passwordless-accent-color:#0a7;--passwordless-font-family:'Noto Sans JP', system-ui;--passwordless-radius:calc(0.25rem * 2)}"), style.slice(0, 120));
    assert.ok(html.indexOf('<link rel="stylesheet" href="/assets/theme.css?v=3">') > html.indexOf('</style>'), 'the site\'s sheet comes last, so it wins');
    const hash = createHash('sha256').update(style).digest('base64');
    assert.equal(
      themed.headers.get('content-security-policy'),
      `default-src 'none'; style-src 'sha256-${hash}' 'self'; font-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    );
  });

  test('pageTheme takes every custom property the element documents, the focus colour and ring included, and the page reads each it draws with', async () => {
    const element = await readFile(new URL('../../src/element/passwordless-login.element.ts', import.meta.url), 'utf8');
    const documented = [...element.matchAll(/@cssproperty \[(--passwordless-[\w-]+)=/g)].map((m) => m[1]);
    assert.deepEqual(THEME_PROPERTIES, documented);
    const theme = { '--passwordless-focus-color': 'light-dark(#5a0f7a, #f0c8ff)', '--passwordless-focus-ring': '0 0 0 3px #fff, 0 0 0 6px #000' };
    const html = await (await pageFor(pagesHandler({ pageTheme: theme }), 'expired')).text();
    assert.match(html, /:root\{--passwordless-focus-color:light-dark\(#5a0f7a, #f0c8ff\);--passwordless-focus-ring:0 0 0 3px #fff, 0 0 0 6px #000\}/);
    // The element's indicator and defaults: a 2px ring in the focus colour (the accent unless set), 2px off the link.
    assert.ok(html.includes('--_focus:var(--passwordless-focus-color,var(--_accent))'), 'the focus colour, the accent by default');
    assert.ok(html.includes('--_focus-ring:var(--passwordless-focus-ring,0 0 0 2px var(--_background),0 0 0 4px var(--_focus))'));
    assert.match(html, /a:focus-visible\{outline:2px solid transparent;box-shadow:var\(--_focus-ring\)\}/);
    // Every other property the pages draw with is read with the element's default (the danger colour: no error here).
    for (const property of THEME_PROPERTIES.filter((name) => name !== '--passwordless-danger-color')) {
      assert.ok(html.includes(`var(${property},`), `${property} is read`);
    }
  });

  test('pageTheme takes the element\'s custom properties and plain values only; pageStylesheet a path on this site; linkLifetimeSeconds whole seconds', () => {
    const accepted = ['#0a7', 'rgb(0 0 0 / 50%)', 'light-dark(#fff, #10122a)', 'color-mix(in srgb, var(--passwordless-accent-color) 40%, white)', "'Noto Sans JP', \"Segoe UI\", sans-serif", 'clamp(1rem, 2vw, 1.25rem)', '游ゴシック'];
    for (const value of accepted) assert.doesNotThrow(() => pagesHandler({ pageTheme: { '--passwordless-accent-color': value } }), value);
    const refused = [
      'red; } body { display: none', 'red}', '</style><script>alert(1)</script>', 'url(https://evil.example/x.png)', 'image-set("x.png" 1x)',
      'expression(alert(1))', 'red !important', "'unclosed", 'rgb(0 0 0', 'rgb(0 0 0))(', '/* x */ red', '\\75rl(x)', 'red\nblue', '@import', '   ', 42,
    ];
    for (const value of refused) {
      assert.throws(() => pagesHandler({ pageTheme: { '--passwordless-accent-color': /** @type {string} */ (value) } }), /pageTheme/, String(value));
    }
    assert.throws(() => pagesHandler({ pageTheme: { '--passwordless-accent': '#0a7' } }), /not one of the element's custom properties/);
    assert.throws(() => pagesHandler({ pageTheme: { color: 'red' } }), /pageTheme/);
    assert.throws(() => pagesHandler({ pageTheme: /** @type {any} */ (['#0a7']) }), /pageTheme/);
    for (const sheet of ['https://cdn.example/theme.css', '//evil.example/x.css', 'theme.css', '/a"b.css', "/a'b.css", '/a<b.css', '/../x.css', '/x.css\n']) {
      assert.throws(() => pagesHandler({ pageStylesheet: sheet }), /pageStylesheet/, sheet);
    }
    for (const seconds of ['180', 0, 29, 1.5, 86_401, Number.NaN]) {
      assert.throws(() => pagesHandler({ linkLifetimeSeconds: /** @type {number} */ (seconds) }), /linkLifetimeSeconds/, String(seconds));
    }
    assert.doesNotThrow(() => pagesHandler({ linkLifetimeSeconds: 180, pageStylesheet: '/theme.css' }));
  });
});

describe('nothing from the URL or the request is shown', () => {
  test('markup, text and errors Auth0 or anyone puts in the callback URL never reach any page', async () => {
    const planted = '<img src=x onerror=alert(1)>PLANTED';
    const evil = enc(planted);
    for (const reason of REASONS) {
      const handler = pagesHandler();
      const headers = { 'accept-language': `<b>x</b>, de;q=0.${'9'.repeat(3)}`, host: 'evil.example' };
      const response = reason === 'no_cookies'
        ? await pageFor(handler, reason, headers)
        : await handler(new Request(`${SITE_CALLBACK}?${QUERIES[reason]}${evil}&error_uri=${evil}&code_extra=${evil}&${evil}=${evil}`, { headers }));
      const html = await response.text();
      assert.equal(response.status, 400, reason);
      assert.doesNotMatch(html, /PLANTED|<img|onerror|evil\.example|Wrong email|verification code|consent/i, reason);
    }
  });
});

describe('a link that cannot finish, opened where the person is signed in', () => {
  /** @type {Awaited<ReturnType<typeof setup>>} */
  let t;
  before(async () => {
    t = await setup({ send: 'link', loginUrl: '/login' });
  });
  after(() => t.close());

  /** Asks for a link in this browser and opens it there (or in another): the callback's answer. @param {string} email @param {Jar} jar @param {string} [returnTo] */
  async function askForLink(email, jar, returnTo) {
    assert.equal(jar.store(await t.handler(elementRequest('start', { connection: 'email', identifier: email, ...(returnTo ? { returnTo } : {}) }, { jar }))).status, 204);
    return /** @type {string} */ ((await latestMessage(t.emulator, email)).link);
  }
  /** Opens a link as a browser would: Auth0's redirect, then the callback with this browser's cookies. @param {string} link @param {Jar} jar */
  async function open(link, jar) {
    const landing = await fetch(link, { redirect: 'manual' });
    const callback = /** @type {string} */ (landing.headers.get('location'));
    assert.ok(callback.startsWith(CALLBACK), callback);
    return jar.store(await t.handler(new Request(callback, { headers: jar.cookies.size ? { cookie: jar.header() } : {} })));
  }

  test('a used link opened again in the browser it signed in goes back to the site, signed in; in a browser that is not, a page says it was used', async () => {
    const jar = new Jar();
    const link = await askForLink('again@example.com', jar);
    assert.equal((await open(link, jar)).headers.get('location'), '/login?passwordless=signed-in');
    const again = await open(link, jar);
    assert.equal(again.status, 302);
    assert.equal(again.headers.get('location'), '/login?passwordless=signed-in');
    assert.equal((await (await t.handler(elementRequest('session', undefined, { jar }))).json()).user.email, 'again@example.com', 'still signed in');
    const elsewhere = await open(link, new Jar());
    assert.equal(elsewhere.status, 400);
    assert.ok((await elsewhere.text()).includes(`<h1>${PAGE_MESSAGES.en.used.title}</h1>`));
  });

  test('an older link of this browser, replaced by a newer one it signed in with: back to its page, signed in, not "link_invalid"', async () => {
    const jar = new Jar();
    const older = await askForLink('older@example.com', jar, '/first');
    const newer = await askForLink('older@example.com', jar, '/second');
    assert.equal((await open(newer, jar)).headers.get('location'), '/second?passwordless=signed-in');
    const late = await open(older, jar);
    assert.equal(late.headers.get('location'), '/first?passwordless=signed-in');
  });

  test('a link this browser did not ask for, where it is signed in and waits for another link: back to that page, signed in', async () => {
    const jar = new Jar();
    const mine = await askForLink('waiting@example.com', jar, '/done');
    assert.equal((await open(mine, jar)).headers.get('location'), '/done?passwordless=signed-in');
    await askForLink('waiting-two@example.com', jar, '/waiting');
    const stranger = new URL(await askForLink('stranger@example.com', new Jar()));
    const answer = await open(stranger.href, jar);
    assert.equal(answer.headers.get('location'), '/waiting?passwordless=signed-in');
    const fresh = await open(mine, new Jar());
    assert.equal(fresh.status, 400, 'the same used link where nobody is signed in: the page');
  });

  test('signed in as someone else, a refused link of this browser still says what happened (it is not theirs to skip)', async () => {
    const jar = new Jar();
    const mine = await askForLink('first-person@example.com', jar, '/mine');
    assert.equal((await open(mine, jar)).headers.get('location'), '/mine?passwordless=signed-in');
    const older = await askForLink('second-person@example.com', jar, '/theirs');
    await askForLink('second-person@example.com', jar, '/theirs-newer'); // replaces `older` at Auth0
    const refused = await open(older, jar);
    assert.equal(refused.headers.get('location'), '/theirs?passwordless=error&code_error=link_invalid');
  });
});
