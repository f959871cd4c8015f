import type { PasswordlessMessages } from '../messages.js';
import { plural } from '../plural.js';

const unavailable = 'ⴰⴽⵛⵛⵓⵎ ⵓⵔ ⵢⴰⵍⵍⴼⵓⵙ ⴳ ⵓⵙⵉⵜ ⴰⴷ ⴷⵖⵉ. ⵎⵙⴰⵡⴰⴹ ⴰⴽⴷ ⵓⵎⵙⵙⵓⴳⵓⵔ ⵏ ⵓⵙⵉⵜ.';

/** "1 ⵜⴰⵙⵉⵏⵜ / 42 ⵏ ⵜⵙⵉⵏⵉⵏ": after a number other than one, "ⵏ" and the plural. */
const seconds = (count: number) => plural('zgh', count, { one: '#\u00a0ⵜⴰⵙⵉⵏⵜ', other: '#\u00a0ⵏ ⵜⵙⵉⵏⵉⵏ' });

// Standard Moroccan Tamazight in Tifinagh, with the words of its MediaWiki translation where it has them (ⴽⵛⵎ "sign
// in", ⴼⴼⵖ "sign out", ⵉⵎⴰⵢⵍ, ⴰⵙⵖⵏ "link", ⴰⵎⵙⵜⴰⵔⴰ "browser", ⴰⴽⵓⴽⵉ "cookie") and its register: the unmarked
// masculine singular ("ⵏⵏⴽ"), as that translation addresses the reader. Digits stay ASCII, as CLDR's zgh numbers do.
export const zgh: PasswordlessMessages = {
  $code: 'zgh',
  $dir: 'ltr',
  title: 'ⴰⴽⵛⵛⵓⵎ',
  emailLinkHint: 'ⴰⴷ ⴰⴽ ⵏⴰⵣⵏ ⴰⵙⵖⵏ ⵏ ⵓⴽⵛⵛⵓⵎ ⵙ ⵉⵎⴰⵢⵍ. ⵓⵔ ⵜⵙⵔⵉⴷ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ.',
  checkEmailTitle: 'ⵥⵕ ⵉⵎⴰⵢⵍ ⵏⵏⴽ',
  checkPhoneTitle: 'ⵥⵕ ⴰⵜⵉⵍⵉⴼⵓⵏ ⵏⵏⴽ',
  continueTitle: 'ⵢⴰⵜ ⵜⵙⵓⵔⵉⴼⵜ ⵏⵏⵉⴹⵏ',
  successTitle: 'ⴰⵏⵙⵓⴼ',
  errorTitle: 'ⴰⴽⵛⵛⵓⵎ ⵓⵔ ⵉⵎⴷⵉ',
  emailLabel: 'ⴰⵏⵙⴰ ⵏ ⵉⵎⴰⵢⵍ',
  emailHint: 'ⴰⴷ ⴰⴽ ⵏⴰⵣⵏ ⵜⴰⵏⴳⴰⵍⵜ ⵏ ⵢⴰⵜ ⵜⵉⴽⴽⵍⵜ ⵙ ⵉⵎⴰⵢⵍ. ⵓⵔ ⵜⵙⵔⵉⴷ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ.',
  phoneLabel: 'ⵓⵟⵟⵓⵏ ⵏ ⵓⵜⵉⵍⵉⴼⵓⵏ',
  countryLabel: 'ⵜⴰⵎⵓⵔⵜ',
  countrySearch: 'ⵔⵣⵓ ⵙ ⵜⵎⵓⵔⵜ ⵏⵖ ⵙ ⵓⵟⵟⵓⵏ ⵏⵏⵙ',
  countriesFound: (count) => `ⵜⵉⵎⵓⵔⴰ ⵉⵜⵜⵢⴰⴼⴰⵏ: ${count}`,
  countryNoMatch: 'ⵓⵔ ⵜⵍⵍⵉ ⴽⵔⴰ ⵏ ⵜⵎⵓⵔⵜ ⵉⵎⵙⴰⵙⴰⵏ. ⵔⵣⵓ ⵙ ⵉⵙⵎ ⵏⵏⵙ ⵏⵖ ⵙ ⵓⵟⵟⵓⵏ ⵏ ⵓⵖⵔⵉ ⵏⵏⵙ, ⴰⵎ +44.',
  phoneExample: (example) => `ⴰⵎⴷⵢⴰ: ${example}`,
  didYouMean: (email) => `ⵉⵙ ⵜⵅⵙⴷ ⴰⴷ ⵜⵉⵏⵉⴷ ${email}?`,
  useSuggestion: 'ⵙⵎⵔⵙ ⴰⵏⵙⴰ ⴰⴷ',
  keepAsTyped: (button) => `ⵏⵖ ⴰⴷⴷ ⴷⴰⵖ ⵖⴼ «${button}» ⵃⵎⴰ ⴰⴷ ⵜⵙⵎⵔⵙⴷ ⴰⵏⵙⴰ ⵎⴽ ⵜ ⵜⵓⵔⵉⴷ.`,
  alreadySentCode: (recipient) =>
    `ⵏⵓⵣⵏ ⵢⴰⴷ ⵢⴰⵜ ⵜⵏⴳⴰⵍⵜ ⵖⵔ ${recipient}. ⵙⵙⴽⵛⵎ ⵜⵜ, ⵏⵖ ⵜⵜⵔ ⵢⴰⵜ ⵜⵎⴰⵢⵏⵓⵜ ⴷⴼⴼⵉⵔ ⵏ ⵜⵉⵣⵉ ⵏ ⵓⵔⴰⵊⵓ.`,
  alreadySentLink: (recipient) =>
    `ⵏⵓⵣⵏ ⵢⴰⴷ ⵢⴰⵏ ⵓⵙⵖⵏ ⵏ ⵓⴽⵛⵛⵓⵎ ⵖⵔ ${recipient}. ⵔⵥⵎ ⵜ, ⵏⵖ ⵜⵜⵔ ⵢⴰⵏ ⴰⵎⴰⵢⵏⵓ ⴷⴼⴼⵉⵔ ⵏ ⵜⵉⵣⵉ ⵏ ⵓⵔⴰⵊⵓ.`,
  phoneHint: 'ⴰⴷ ⴰⴽ ⵏⴰⵣⵏ ⵜⴰⵏⴳⴰⵍⵜ ⵏ ⵢⴰⵜ ⵜⵉⴽⴽⵍⵜ ⵙ ⵜⵓⵣⵉⵏⵜ.',
  sendCode: 'ⴰⵣⵏ ⵜⴰⵏⴳⴰⵍⵜ',
  sendLink: 'ⴰⵣⵏ ⵉⵢⵉ ⴰⵙⵖⵏ ⵏ ⵓⴽⵛⵛⵓⵎ',
  sending: 'ⴰⵣⴰⵏ ⵉⵍⵍⴰ ⴳ ⵓⴱⵔⵉⴷ…',
  codeLabel: 'ⵜⴰⵏⴳⴰⵍⵜ ⵏ ⵓⵙⵏⵜⵎ',
  codeHint: (length, newestOnly) =>
    `ⵙⵙⴽⵛⵎ ⵜⴰⵏⴳⴰⵍⵜ ⵏ ${plural('zgh', length, { one: '#\u00a0ⵓⵎⴹⴰⵏ', other: '#\u00a0ⵏ ⵉⵎⴹⴰⵏ' })}.${newestOnly ? ' ⵖⴰⵙ ⵜⴰⵏⴳⴰⵍⵜ ⵜⴰⵎⴳⴳⴰⵔⵓⵜ ⴰⴷ ⵉⵙⵡⵓⵔⵉⵏ.' : ''}`,
  codeSentTo: (recipient) => `ⵏⵓⵣⵏ ⵢⴰⵜ ⵜⵏⴳⴰⵍⵜ ⵖⵔ ${recipient}.`,
  linkSentTo: (recipient) => `ⵏⵓⵣⵏ ⵢⴰⵏ ⵓⵙⵖⵏ ⵏ ⵓⴽⵛⵛⵓⵎ ⵖⵔ ${recipient}.`,
  maybeSentCode: (recipient) =>
    `ⵉⵥⴹⴰⵕ ⴰⴷ ⵏⵓⵣⵏ ⵢⴰⴷ ⵢⴰⵜ ⵜⵏⴳⴰⵍⵜ ⵖⵔ ${recipient}. ⵥⵕ ⵜⴰⵙⴰⵏⵓⴽⵜ ⵏⵏⴽ ⵏⵖ ⵜⵓⵣⵉⵏⵉⵏ ⵏⵏⴽ ⴷⴰⵜ ⴰⴷ ⵜⵜⵔⴷ ⵢⴰⵜ ⵢⴰⴹⵏ.`,
  maybeSentLink: (recipient) =>
    `ⵉⵥⴹⴰⵕ ⴰⴷ ⵏⵓⵣⵏ ⵢⴰⴷ ⵢⴰⵏ ⵓⵙⵖⵏ ⵏ ⵓⴽⵛⵛⵓⵎ ⵖⵔ ${recipient}. ⵥⵕ ⵜⴰⵙⴰⵏⵓⴽⵜ ⵏⵏⴽ ⴷⴰⵜ ⴰⴷ ⵜⵜⵔⴷ ⵢⴰⵏ ⵢⴰⴹⵏ.`,
  checkEmailHint: 'ⵔⵥⵎ ⴰⵙⵖⵏ ⴳ ⵓⵎⵙⵜⴰⵔⴰ ⴰⴷ ⵃⵎⴰ ⴰⴷ ⵜⵙⵎⴷⴷ ⴰⴽⵛⵛⵓⵎ. ⴰⴷ ⵉⵣⵔⵉ ⵜⵉⵣⵉ ⵏⵏⵙ ⵖⵉⵍ ⵖⵉⵍ.',
  verify: 'ⴽⵛⵎ',
  verifying: 'ⴰⵙⵙⵉⴷⴷ ⵏ ⵜⵏⴳⴰⵍⵜ ⵉⵍⵍⴰ ⴳ ⵓⴱⵔⵉⴷ…',
  resend: 'ⴰⵣⵏ ⵢⴰⵜ ⵜⵏⴳⴰⵍⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ',
  resendIn: (count) => `ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⵜⵔⴷ ⵢⴰⵜ ⵜⵎⴰⵢⵏⵓⵜ ⴷⴼⴼⵉⵔ ${seconds(count)}.`,
  resendReady: 'ⵜⵣⵎⵔⴷ ⴷⵖⵉ ⴰⴷ ⵜⵜⵔⴷ ⵢⴰⵜ ⵜⵎⴰⵢⵏⵓⵜ.',
  tryAgainIn: (count) => `ⵜⵣⵎⵔⴷ ⴰⴷ ⴷⴰⵖ ⵜⴰⵔⵎⴷ ⴷⴼⴼⵉⵔ ${seconds(count)}.`,
  tryAgainReady: 'ⵜⵣⵎⵔⴷ ⴷⵖⵉ ⴰⴷ ⴷⴰⵖ ⵜⴰⵔⵎⴷ.',
  recentlySent: (recipient) => `ⵏⵓⵣⵏ ⵖⵉⵍ ⵖⵉⵍ ⵢⴰⵜ ⵜⵓⵣⵉⵏⵜ ⵖⵔ ${recipient}.`,
  useDifferentEmail: 'ⵙⵎⵔⵙ ⵉⵎⴰⵢⵍ ⵢⴰⴹⵏ',
  useDifferentPhone: 'ⵙⵎⵔⵙ ⵓⵟⵟⵓⵏ ⵢⴰⴹⵏ',
  signingIn: 'ⴰⴽⵛⵛⵓⵎ ⵉⵍⵍⴰ ⴳ ⵓⴱⵔⵉⴷ…',
  signedInAs: (who) => `ⵜⴽⵛⵎⴷ ⴰⵎ ${who}.`,
  signedIn: 'ⵜⴽⵛⵎⴷ.',
  welcomeBack: 'ⴰⵏⵙⵓⴼ ⵙ ⵓⵖⵓⵍ ⵏⵏⴽ',
  signOut: 'ⴼⴼⵖ',
  signingOut: 'ⴰⴼⵓⵖ ⵉⵍⵍⴰ ⴳ ⵓⴱⵔⵉⴷ…',
  signedOut: 'ⵜⴼⴼⵖⴷ.',
  startOver: 'ⴱⴷⵓ ⴷⴰⵖ',
  sendNewLink: 'ⴰⵣⵏ ⵢⴰⵏ ⵓⵙⵖⵏ ⴰⵎⴰⵢⵏⵓ',
  sendCodeInstead: 'ⴰⵣⵏ ⵉⵢⵉ ⵢⴰⵜ ⵜⵏⴳⴰⵍⵜ ⴳ ⵓⵎⴽⴰⵏ ⵏⵏⵙ',
  continueOn: (host) => `ⴹⴼⵔ ⴳ ${host}`,
  continueCodeRefused: (host) =>
    `ⵜⴰⵏⴳⴰⵍⵜ ⵏⵏⴰ ⵜⵙⵙⴽⵛⵎⴷ ⵓⵔ ⵜⵣⵎⵎⵔ ⴰⴷ ⵜⵙⵎⴷ ⴰⴽⵛⵛⵓⵎ ⴳ ⵓⵙⵉⵜ ⴰⴷ. ⴹⴼⵔ ⴳ ${host}: ⴷⵉⵏⵏ ⴰⴷ ⵜⴰⵡⵉⴷ ⵢⴰⵜ ⵜⵏⴳⴰⵍⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ ⵜⴽⵛⵎⴷ.`,
  continueCookiesBlocked: (host) =>
    `ⴰⵎⵙⵜⴰⵔⴰ ⵏⵏⴽ ⵉⴳⴷⵍ ⴰⴽⵓⴽⵉ ⵏⵏⴰ ⵉⵙⵔⵙ ⵓⴽⵛⵛⵓⵎ ⴰⴷ ⴳ ⵓⵙⵉⵜ ⴰⴷ. ⴹⴼⵔ ⴳ ${host}: ⴷⵉⵏⵏ ⴰⴷ ⵜⴰⵡⵉⴷ ⵢⴰⵜ ⵜⵏⴳⴰⵍⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ ⵜⴽⵛⵎⴷ.`,
  continueOtherBrowser: (recipient) =>
    `ⴰⵙⵖⵏ ⴰⴷ ⵏ ⵓⴽⵛⵛⵓⵎ ⵉ ${recipient} ⵉⵜⵜⵓⵜⵜⵔ ⴳ ⵢⴰⵏ ⵓⵎⵙⵜⴰⵔⴰ ⵢⴰⴹⵏ ⵏⵖ ⴳ ⵢⴰⵏ ⵓⵍⵍⴰⵍ ⵢⴰⴹⵏ. ⴹⴼⵔ ⵃⵎⴰ ⴰⴷ ⵜⴽⵛⵎⴷ ⴷⴰ. ⵉⵖ ⵓⵔ ⵜ ⵜⵜⵔⴷ, ⵇⵇⵏ ⵜⴰⵙⵏⴰ ⴰⴷ.`,
  continueHere: 'ⴹⴼⵔ',
  continueLinkLanding: (recipient) => `ⴹⴼⵔ ⵃⵎⴰ ⴰⴷ ⵜⴽⵛⵎⴷ ⴰⵎ ${recipient}.`,
  otherTabToo: 'ⴰⵙⴽⵙⵍ ⵏⵏⴰ ⴳ ⵜⵜⵔⴷ ⴰⵙⵖⵏ ⵉⴽⵛⵎ ⵓⵍⴰ ⵏⵜⵜⴰ. ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⵇⵇⵏⴷ ⵡⴰ.',
  tryAgain: 'ⴰⵔⵎ ⴷⴰⵖ',
  captchaLegend: 'ⵙⵙⵏⵜⵎ ⵎⴰⵙ ⵜⴳⵉⴷ ⴰⴼⴳⴰⵏ',
  captchaCodeLabel: 'ⵙⵙⴽⵛⵎ ⵉⵙⴽⴽⵉⵍⵏ ⵏ ⵜⵡⵍⴰⴼⵜ',
  captchaMathLabel: 'ⵙⵙⴽⵛⵎ ⵜⴰⵔⴰⵔⵓⵜ ⵏ ⵓⵙⵉⴹⵏ ⵏ ⵜⵡⵍⴰⴼⵜ',
  captchaImageAlt: 'ⵜⴰⵡⵍⴰⴼⵜ ⵏ ⵓⵙⵙⵉⴷⴷ ⵏ ⵎⴰⵙ ⵜⴳⵉⴷ ⴰⴼⴳⴰⵏ',
  captchaNewPicture: 'ⵜⴰⵡⵍⴰⴼⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ',
  captchaLoading: 'ⴰⵙⵙⵉⴷⴷ ⵏ ⵎⴰⵙ ⵜⴳⵉⴷ ⴰⴼⴳⴰⵏ ⵉⵍⵍⴰ ⴳ ⵓⴱⵔⵉⴷ…',
  captchaUnavailable: 'ⴰⵙⵙⵉⴷⴷ ⵏ ⵎⴰⵙ ⵜⴳⵉⴷ ⴰⴼⴳⴰⵏ ⵓⵔ ⵢⴰⵍⵍⴼⵓⵙ. ⵙⵙⵉⴷⴷ ⴰⵣⴷⴰⵢ ⵏⵏⴽ, ⵜⴰⵔⵎⴷ ⴷⴰⵖ.',
  errors: {
    invalid_email: 'ⵙⵙⴽⵛⵎ ⵢⴰⵏ ⵓⵏⵙⴰ ⵏ ⵉⵎⴰⵢⵍ, ⴰⵎ name@example.com.',
    invalid_phone_number: 'ⵓⵟⵟⵓⵏ ⴰⴷ ⵓⵔ ⵉⵖⵜⵉ ⵉ ⵜⵎⵓⵔⵜ ⵏⵏⴰ ⵜⵙⵜⵉⴷ. ⵙⵙⵉⴷⴷ ⵓⵟⵟⵓⵏ, ⵏⵖ ⵙⵜⵉ ⵜⴰⵎⵓⵔⵜ ⵢⴰⴹⵏ.',
    invalid_code: 'ⵙⵙⴽⵛⵎ ⵖⴰⵙ ⵜⴰⵏⴳⴰⵍⵜ ⵏ ⵜⵓⵣⵉⵏⵜ ⵏⵏⴽ, ⵙ ⵉⵎⴹⴰⵏ ⵏⵏⵙ ⴰⴽⴽⵯ.',
    wrong_code: 'ⵜⴰⵏⴳⴰⵍⵜ ⴰⴷ ⵓⵔ ⵜⵖⵜⵉ. ⵙⵙⵉⴷⴷ ⵜⵜ, ⵜⴰⵔⵎⴷ ⴷⴰⵖ.',
    code_expired: 'ⵜⴰⵏⴳⴰⵍⵜ ⴰⴷ ⵜⵣⵔⵉ ⵜⵉⵣⵉ ⵏⵏⵙ. ⵜⵜⵔ ⵢⴰⵜ ⵜⵎⴰⵢⵏⵓⵜ.',
    link_expired: 'ⴰⵙⵖⵏ ⴰⴷ ⵏ ⵓⴽⵛⵛⵓⵎ ⵉⵣⵔⵉ ⵜⵉⵣⵉ ⵏⵏⵙ. ⵜⵜⵔ ⵢⴰⵏ ⴰⵎⴰⵢⵏⵓ.',
    too_many_attempts: 'ⵜⴰⵏⴳⴰⵍⵜ ⴰⴷ ⵓⵔ ⵙⵓⵍ ⵜⵙⵡⵓⵔⵉ: ⵜⵜⵓⵙⵙⴽⵛⵎ ⵙ ⵓⵣⴳⴰⵍ ⵎⵏⵏⴰⵡⵜ ⵜⵉⴽⴽⴰⵍ. ⵜⵜⵔ ⵢⴰⵜ ⵜⵎⴰⵢⵏⵓⵜ.',
    rate_limited: 'ⵜⵓⴳⵜ ⵏ ⵜⵓⵔⵎⵉⵡⵉⵏ ⴳ ⵢⴰⵜ ⵜⵉⵣⵉ ⵉⵎⵥⵥⵉⵏ. ⵇⵇⵍ ⵉⵎⵉⴽ, ⵜⴰⵔⵎⴷ ⴷⴰⵖ.',
    network: 'ⵓⵔ ⵏⵣⵎⵉⵔ ⴰⴷ ⵏⵍⴽⵎ ⵜⴰⵏⴰⴼⵓⵜ ⵏ ⵓⴽⵛⵛⵓⵎ. ⵙⵙⵉⴷⴷ ⴰⵣⴷⴰⵢ ⵏⵏⴽ, ⵜⴰⵔⵎⴷ ⴷⴰⵖ.',
    link_invalid:
      'ⴰⵙⵖⵏ ⴰⴷ ⵏ ⵓⴽⵛⵛⵓⵎ ⵓⵔ ⵉⵣⵎⵉⵔ ⴰⴷ ⵉⵙⵡⵓⵔⵉ ⴷⴰ: ⵉⵜⵜⵓⵔⵥⵎ ⴳ ⵢⴰⵏ ⵓⵎⵙⵜⴰⵔⴰ ⵢⴰⴹⵏ, ⵏⵖ ⵉⵣⵔⵉ ⵜⵉⵣⵉ ⵏⵏⵙ, ⵏⵖ ⵉⵜⵜⵓⵙⵎⵔⵙ ⵢⴰⴷ. ⵜⵜⵔ ⵢⴰⵏ ⴰⵎⴰⵢⵏⵓ ⴳ ⵓⵎⵙⵜⴰⵔⴰ ⴰⴷ.',
    session_expired: 'ⵜⴰⵖⵉⵎⵉⵜ ⵏⵏⴽ ⵏ ⵓⴽⵛⵛⵓⵎ ⵜⵎⵎⵓⴷⴷⴰ. ⴰⵎⵓⵔ ⵏⵏⴽ, ⴱⴷⵓ ⴷⴰⵖ.',
    client_authentication_required: unavailable,
    consent_required: unavailable,
    third_party_cookies_blocked:
      'ⴰⵎⵙⵜⴰⵔⴰ ⵏⵏⴽ ⵉⴳⴷⵍ ⴰⴽⵓⴽⵉ ⵏⵏⴰ ⵉⵙⵔⵙ ⵓⴽⵛⵛⵓⵎ ⴰⴷ. ⴰⵔⵎ ⵢⴰⵏ ⵓⵎⵙⵜⴰⵔⴰ ⵢⴰⴹⵏ, ⵏⵖ ⵜⵜⵔ ⵜⵉⵡⵉⵙⵉ ⵖⵔ ⵓⵎⵙⵙⵓⴳⵓⵔ ⵏ ⵓⵙⵉⵜ.',
    origin_not_allowed: unavailable,
    invalid_response: 'ⴰⴽⵛⵛⵓⵎ ⵓⵔ ⵢⴰⵍⵍⴼⵓⵙ ⴰⴷ ⵉⵜⵜⵓⵙⵙⵉⴷⴷ. ⴰⵎⵓⵔ ⵏⵏⴽ, ⴱⴷⵓ ⴷⴰⵖ.',
    misconfigured: unavailable,
    service_unavailable: 'ⵜⴰⵏⴰⴼⵓⵜ ⵏ ⵓⴽⵛⵛⵓⵎ ⵖⵓⵔⵙ ⵢⴰⵏ ⵓⵖⴱⴰⵍⵓ. ⴰⵔⵎ ⴷⴰⵖ ⴷⴼⴼⵉⵔ ⵉⵎⵉⴽ.',
    blocked:
      'ⵜⵓⴳⵜ ⵏ ⵜⵓⵔⵎⵉⵡⵉⵏ ⵏ ⵓⴽⵛⵛⵓⵎ ⵓⵔ ⵉⵎⴷⵉⵏ. ⴰⴽⵛⵛⵓⵎ ⵖⵔ ⵓⵎⵉⴹⴰⵏ ⴰⴷ ⵉⵜⵜⵓⵃⴱⴰ ⵉ ⴽⵔⴰ ⵏ ⵜⵉⵣⵉ: ⴰⵔⵎ ⴷⴰⵖ ⴷⴼⴼⵉⵔ, ⵏⵖ ⵎⵙⴰⵡⴰⴹ ⴰⴽⴷ ⵓⵎⵙⵙⵓⴳⵓⵔ ⵏ ⵓⵙⵉⵜ.',
    captcha_required: 'ⵙⵎⴷ ⴰⵙⵙⵉⴷⴷ ⵏ ⵎⴰⵙ ⵜⴳⵉⴷ ⴰⴼⴳⴰⵏ, ⵜⴰⵣⵏⴷ ⴷⴰⵖ.',
    invalid_captcha: 'ⵜⴰⵔⴰⵔⵓⵜ ⵏ ⵓⵙⵙⵉⴷⴷ ⵓⵔ ⵜⵖⵜⵉ ⵏⵖ ⵜⵣⵔⵉ ⵜⵉⵣⵉ ⵏⵏⵙ. ⵀⴰ ⵢⴰⵏ ⵓⵙⵙⵉⴷⴷ ⴰⵎⴰⵢⵏⵓ: ⴰⵔⵎ ⴷⴰⵖ.',
    country_not_allowed: 'ⴰⵙⵉⵜ ⴰⴷ ⵓⵔ ⵉⵜⵜⴰⵣⵏ ⵜⵓⵣⵉⵏⵉⵏ ⵖⵔ ⵉⵟⵟⴰⵏ ⵏ ⵜⵎⵓⵔⵜ ⴰⴷ. ⵙⵎⵔⵙ ⵓⵟⵟⵓⵏ ⵏ ⵢⴰⵜ ⵜⵎⵓⵔⵜ ⵢⴰⴹⵏ.',
    rate_limited_held: 'ⵜⵜⵓⵜⵜⵔⴰ ⵜⵓⴳⵜ ⵏ ⵜⵓⵣⵉⵏⵉⵏ, ⵙ ⵎⴰⵢⴰⴷ ⵓⵔ ⵜⵜⵓⵣⵏ ⵜⵓⵣⵉⵏⵜ ⴰⴷ.',
    service_unavailable_held: 'ⵜⴰⵏⴰⴼⵓⵜ ⵏ ⵓⴽⵛⵛⵓⵎ ⵖⵓⵔⵙ ⵢⴰⵏ ⵓⵖⴱⴰⵍⵓ, ⵙ ⵎⴰⵢⴰⴷ ⵓⵔ ⵜⵜⵓⵣⵏ ⵜⵓⵣⵉⵏⵜ.',
    framed: 'ⴰⴽⵛⵛⵓⵎ ⴰⴷ ⵓⵔ ⵉⵣⵎⵉⵔ ⴰⴷ ⵉⴱⴰⵢⵏ ⴳ ⵡⴰⵡⵏⵏⵉ ⵏ ⵢⴰⵏ ⵓⵙⵉⵜ ⵢⴰⴹⵏ. ⵔⵥⵎ ⵜⴰⵙⵏⴰ ⴰⴷ ⴳ ⵢⴰⵏ ⵓⵙⴽⵙⵍ ⵏⵏⵙ ⵃⵎⴰ ⴰⴷ ⵜⴽⵛⵎⴷ.',
    unknown: 'ⵜⵍⵍⴰ ⴽⵔⴰ ⵏ ⵜⵣⴳⵍⵜ. ⴰⵎⵓⵔ ⵏⵏⴽ, ⴰⵔⵎ ⴷⴰⵖ.',
  },
};
