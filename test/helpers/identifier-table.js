// @ts-check
// One table of identifiers, run through the element (test/browser/identifier-parity.test.ts) and through the server
// handler (test/node/identifier-parity.test.js): both must reach the same verdict, and send the same value.

/** @type {[connection: 'email' | 'sms', typed: string, sent: string | null, why: string][]} */
export const IDENTIFIERS = [
  ['email', "o'brien@example.com", "o'brien@example.com", 'an apostrophe is a valid local-part character'],
  ['email', '  Alice@Example.COM ', 'alice@example.com', 'trimmed and lower-cased, as Auth0 keeps addresses'],
  ['email', 'ｊｏｅ@example.com', 'joe@example.com', 'full-width letters (NFKC)'],
  ['email', 'bob@münchen.de', 'bob@xn--mnchen-3ya.de', 'an internationalised domain, sent as its A-label'],
  ['email', 'ivan@пример.рф', 'ivan@xn--e1afmkfd.xn--p1ai', 'a Cyrillic domain, one script per label'],
  ['email', 'ken@例え.テスト', 'ken@xn--r8jz45g.xn--zckzah', 'Japanese mixes Han and kana, which is allowed'],
  ['email', 'alice@exаmple.com', null, 'a mixed-script look-alike domain (Cyrillic а in a Latin label)'],
  ['email', 'alice@раypal.com', null, 'Cyrillic р and а inside a Latin label'],
  ['email', 'alice@xn--exmple-4nf.com', null, 'the same look-alike written as its A-label (browsers convert to it)'],
  ['email', 'a@xn--zz.com', null, 'a malformed A-label'],
  ['email', 'a@аррӏе.com', 'a@xn--80ak6aa92e.com', 'a label wholly in one script passes (confusables data is not shipped)'],
  ['email', 'аlice@example.com', null, 'a non-ASCII local part (Cyrillic а)'],
  ['email', 'a@b', null, 'no dot in the domain'],
  ['email', 'a@1.2.3.4', null, 'an IP address'],
  ['email', 'a@[127.0.0.1]', null, 'an address literal'],
  ['email', '"quoted"@example.com', null, 'a quoted local part'],
  ['email', 'a@example.com, b@example.com', null, 'two addresses'],
  ['email', 'a@example.com\nBcc: b@example.com', null, 'a header injection'],
  ['email', 'a\u200b@example.com', null, 'a zero-width space'],
  ['email', `${'x'.repeat(65)}@example.com`, null, 'a local part over 64 characters'],
  ['email', 'a@example.com/evil', null, 'a path after the domain'],
  ['sms', '+44 7911 123456', '+447911123456', 'an international number with spaces'],
  ['sms', '+1 (202) 555-0143', '+12025550143', 'an international number with punctuation'],
  ['sms', '+44 7911 12345', null, 'one digit short'],
  ['sms', '+999 123', null, 'no such country'],
  ['sms', 'call me', null, 'not a number'],
];
