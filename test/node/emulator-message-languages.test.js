// @ts-check
// The emulator's emails and text messages (what the demo's outbox shows) speak the start's language, as Auth0's
// templates can: X-Request-Language (what auth0-js's xRequestLanguage and our server handler send), else the
// browser's Accept-Language; a regional tag falls back to its language, Chinese by its script; else English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startEmulator, defaultConfig } from '../../emulator/index.js';
import { MESSAGE_TEXTS } from '../../emulator/message-texts.js';
import { emulatorClient } from '../helpers/emulator-client.js';
import { elementRequest, setup } from './server-helpers.js';

/** The languages the element spoke before issue 19: each must have its own texts. */
const ELEMENT_LANGUAGES_BEFORE = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ja', 'zh', 'ar', 'he', 'hi'];
/** Sentences of the English texts: none may be left in another language's message. */
const ENGLISH = ['Your verification code is', 'Use it to sign in', 'Click here to sign in', 'Or enter this code', 'If you did not ask', 'It expires in', 'The link and the code expire'];

/** @type {Awaited<ReturnType<typeof startEmulator>>} */ let emu;
/** @type {ReturnType<typeof emulatorClient>} */ let client;
let sent = 0;

before(async () => {
  const config = structuredClone(defaultConfig);
  config.rate_limits = { ...config.rate_limits, passwordless_start_per_ip_per_hour: 1000 };
  emu = await startEmulator({ port: 0, config });
  client = emulatorClient(emu.url);
});
after(() => emu?.close());

/**
 * Starts a sign-in with these headers and returns the message it sent.
 * @param {'email'|'sms'} connection @param {'code'|'link'} send @param {Record<string, string>} headers
 */
async function messageFor(connection, send, headers) {
  sent += 1;
  const to = connection === 'email' ? `lang${sent}@example.com` : `+1555000${String(sent).padStart(4, '0')}`;
  const started = await client.start({ client_id: 'demo-spa', connection, send, [connection === 'email' ? 'email' : 'phone_number']: to }, { headers });
  assert.equal(started.status, 200, started.text);
  const message = emu.outbox.latest(to);
  assert.ok(message, `a message to ${to}`);
  return message;
}

test('every language the element spoke has its texts, and every text language is one the element speaks', async () => {
  const source = await readFile(new URL('../../src/i18n/locales/index.ts', import.meta.url), 'utf8');
  const supported = JSON.parse(/SUPPORTED_LOCALES = (\[[^\]]*\])/.exec(source)?.[1].replaceAll("'", '"') ?? '[]');
  for (const lang of ELEMENT_LANGUAGES_BEFORE) assert.ok(Object.hasOwn(MESSAGE_TEXTS, lang), lang);
  for (const lang of Object.keys(MESSAGE_TEXTS)) assert.ok(supported.includes(lang), `${lang} is a locale of the element`);
});

test('in each language: the code, the link and the WebOTP line intact, the lifetime in its words, no English left', async () => {
  for (const lang of Object.keys(MESSAGE_TEXTS)) {
    const threeMinutes = new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(3);
    const code = await messageFor('email', 'code', { 'x-request-language': lang });
    const link = await messageFor('email', 'link', { 'x-request-language': lang });
    const sms = await messageFor('sms', 'code', { 'x-request-language': lang });
    assert.ok(code.text.includes(code.code) && code.text.includes(threeMinutes), `${lang}: ${code.text}`);
    assert.ok(link.link && link.text.includes(link.link) && link.text.includes(link.code) && link.text.includes(threeMinutes), `${lang}: ${link.text}`);
    assert.ok(sms.text.endsWith(`\n\n@localhost #${sms.code}`) && sms.text.split(sms.code).length === 3, `${lang}: ${sms.text}`);
    if (lang === 'en') continue;
    for (const message of [code, link, sms]) {
      for (const english of ENGLISH) assert.ok(!message.text.includes(english), `${lang}: "${english}" in ${message.text}`);
    }
  }
});

test('the words people read, for a few languages and tags', async () => {
  const cases = /** @type {const} */ ([
    [{ 'x-request-language': 'de' }, 'email', 'Ihr Bestätigungscode lautet', '3 Minuten lang gültig'],
    [{ 'x-request-language': 'ru-RU' }, 'email', 'Ваш код подтверждения:', 'Срок действия кода — 3 минуты.'],
    [{ 'x-request-language': 'pt-BR' }, 'email', 'Seu código de verificação é', 'Ele expira em 3 minutos.'],
    [{ 'x-request-language': 'zh-TW' }, 'email', '您的驗證碼是', '有效期限為 3 分鐘'],
    [{ 'x-request-language': 'zh-Hant-HK' }, 'sms', '您的驗證碼是', '請用它登入'],
    [{ 'x-request-language': 'zh-CN' }, 'email', '您的验证码是', '有效期为 3分钟'],
    [{ 'x-request-language': 'ar-EG' }, 'sms', 'رمز التحقق الخاص بك هو', 'لتسجيل الدخول إلى'],
    [{ 'x-request-language': 'ja', 'accept-language': 'fr' }, 'email', '確認コードは', '有効期限は3 分です'],
    // Without X-Request-Language, Auth0 takes the browser's Accept-Language.
    [{ 'accept-language': 'fr-CA,fr;q=0.9,en;q=0.8' }, 'email', 'Votre code de vérification est', 'Il expire dans 3 minutes.'],
    [{ 'x-request-language': 'tlh', 'accept-language': 'sv-FI' }, 'sms', 'Din verifieringskod är', 'logga in på'],
    [{ 'x-request-language': 'ko' }, 'email', 'Your verification code is', 'It expires in 3 minutes.'],
    [{ 'accept-language': '*' }, 'sms', 'Your verification code is', 'Use it to sign in'],
  ]);
  for (const [headers, connection, opening, words] of cases) {
    const message = await messageFor(connection, 'code', { ...headers });
    assert.ok(message.text.startsWith(opening) && message.text.includes(words), `${JSON.stringify(headers)}: ${message.text}`);
  }
});

test('a backend sign-in through our server handler: the element\'s locale reaches the message (X-Request-Language)', async () => {
  const backend = await setup();
  try {
    const response = await backend.handler(elementRequest('start', { connection: 'email', identifier: 'ines@example.com', locale: 'pt-BR' }));
    assert.equal(response.status, 204);
    const start = backend.auth0Calls().find((call) => call.url.endsWith('/passwordless/start'));
    assert.equal(start?.headers['x-request-language'], 'pt-BR');
    const message = backend.emulator.outbox.latest('ines@example.com');
    assert.ok(message?.text.startsWith(`Seu código de verificação é ${message.code}`), message?.text);
    assert.equal(message?.language, 'pt-BR');
  } finally {
    await backend.close();
  }
});
