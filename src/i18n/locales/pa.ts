import type { PasswordlessMessages } from '../messages.js';
import { plural } from '../plural.js';

// Punjabi in Gurmukhi: sentences end with the danda (।), "on" is the usual contraction ’ਤੇ.
const unavailable = 'ਇਸ ਸਾਈਟ ’ਤੇ ਹਾਲੇ ਸਾਈਨ ਇਨ ਉਪਲਬਧ ਨਹੀਂ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਸਾਈਟ ਦੇ ਮਾਲਕ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।';

/** "1 ਅੰਕ ਵਾਲਾ / 6 ਅੰਕਾਂ ਵਾਲਾ". */
const digits = (count: number) => plural('pa', count, { one: '# ਅੰਕ ਵਾਲਾ', other: '# ਅੰਕਾਂ ਵਾਲਾ' });

export const pa: PasswordlessMessages = {
  $code: 'pa',
  $dir: 'ltr',
  title: 'ਸਾਈਨ ਇਨ ਕਰੋ',
  emailLinkHint: 'ਅਸੀਂ ਤੁਹਾਨੂੰ ਈਮੇਲ ਰਾਹੀਂ ਸਾਈਨ-ਇਨ ਲਿੰਕ ਭੇਜਾਂਗੇ। ਪਾਸਵਰਡ ਦੀ ਲੋੜ ਨਹੀਂ।',
  checkEmailTitle: 'ਆਪਣੀ ਈਮੇਲ ਦੇਖੋ',
  checkPhoneTitle: 'ਆਪਣਾ ਫ਼ੋਨ ਦੇਖੋ',
  continueTitle: 'ਬੱਸ ਇੱਕ ਕਦਮ ਹੋਰ',
  successTitle: 'ਜੀ ਆਇਆਂ ਨੂੰ',
  errorTitle: 'ਸਾਈਨ ਇਨ ਪੂਰਾ ਨਹੀਂ ਹੋਇਆ',
  emailLabel: 'ਈਮੇਲ ਪਤਾ',
  emailHint: 'ਅਸੀਂ ਤੁਹਾਨੂੰ ਈਮੇਲ ਰਾਹੀਂ ਇੱਕ ਵਾਰ ਵਰਤਿਆ ਜਾਣ ਵਾਲਾ ਕੋਡ ਭੇਜਾਂਗੇ। ਪਾਸਵਰਡ ਦੀ ਲੋੜ ਨਹੀਂ।',
  phoneLabel: 'ਫ਼ੋਨ ਨੰਬਰ',
  countryLabel: 'ਦੇਸ਼',
  countrySearch: 'ਦੇਸ਼ ਜਾਂ ਕਾਲਿੰਗ ਕੋਡ ਨਾਲ ਖੋਜੋ',
  countriesFound: (count) => `ਮਿਲੇ ਦੇਸ਼: ${count}`,
  countryNoMatch: 'ਕੋਈ ਦੇਸ਼ ਨਹੀਂ ਮਿਲਿਆ। ਦੇਸ਼ ਦੇ ਨਾਮ ਜਾਂ ਕਾਲਿੰਗ ਕੋਡ ਨਾਲ ਖੋਜੋ, ਜਿਵੇਂ +44।',
  phoneExample: (example) => `ਉਦਾਹਰਨ ਲਈ: ${example}`,
  didYouMean: (email) => `ਕੀ ਤੁਹਾਡਾ ਮਤਲਬ ${email} ਸੀ?`,
  useSuggestion: 'ਇਹ ਪਤਾ ਵਰਤੋ',
  keepAsTyped: (button) => `ਜਾਂ ਟਾਈਪ ਕੀਤਾ ਪਤਾ ਹੀ ਵਰਤਣ ਲਈ “${button}” ਦੁਬਾਰਾ ਦਬਾਓ।`,
  alreadySentCode: (recipient) =>
    `ਅਸੀਂ ${recipient} ’ਤੇ ਪਹਿਲਾਂ ਹੀ ਕੋਡ ਭੇਜ ਦਿੱਤਾ ਹੈ। ਉਸਨੂੰ ਦਾਖ਼ਲ ਕਰੋ, ਜਾਂ ਉਲਟੀ ਗਿਣਤੀ ਖ਼ਤਮ ਹੋਣ ’ਤੇ ਨਵਾਂ ਕੋਡ ਮੰਗੋ।`,
  alreadySentLink: (recipient) =>
    `ਅਸੀਂ ${recipient} ’ਤੇ ਪਹਿਲਾਂ ਹੀ ਸਾਈਨ-ਇਨ ਲਿੰਕ ਭੇਜ ਦਿੱਤਾ ਹੈ। ਉਸਨੂੰ ਖੋਲ੍ਹੋ, ਜਾਂ ਉਲਟੀ ਗਿਣਤੀ ਖ਼ਤਮ ਹੋਣ ’ਤੇ ਨਵਾਂ ਲਿੰਕ ਮੰਗੋ।`,
  phoneHint: 'ਅਸੀਂ ਤੁਹਾਨੂੰ SMS ਰਾਹੀਂ ਇੱਕ ਵਾਰ ਵਰਤਿਆ ਜਾਣ ਵਾਲਾ ਕੋਡ ਭੇਜਾਂਗੇ।',
  sendCode: 'ਕੋਡ ਭੇਜੋ',
  sendLink: 'ਮੈਨੂੰ ਸਾਈਨ-ਇਨ ਲਿੰਕ ਈਮੇਲ ਕਰੋ',
  sending: 'ਭੇਜਿਆ ਜਾ ਰਿਹਾ ਹੈ…',
  codeLabel: 'ਪੁਸ਼ਟੀਕਰਨ ਕੋਡ',
  codeHint: (length, newestOnly) => `${digits(length)} ਕੋਡ ਦਾਖ਼ਲ ਕਰੋ।${newestOnly ? ' ਸਿਰਫ਼ ਸਭ ਤੋਂ ਨਵਾਂ ਕੋਡ ਹੀ ਕੰਮ ਕਰੇਗਾ।' : ''}`,
  codeSentTo: (recipient) => `ਅਸੀਂ ${recipient} ’ਤੇ ਕੋਡ ਭੇਜਿਆ ਹੈ।`,
  linkSentTo: (recipient) => `ਅਸੀਂ ${recipient} ’ਤੇ ਸਾਈਨ-ਇਨ ਲਿੰਕ ਭੇਜਿਆ ਹੈ।`,
  maybeSentCode: (recipient) =>
    `ਹੋ ਸਕਦਾ ਹੈ ਅਸੀਂ ${recipient} ’ਤੇ ਪਹਿਲਾਂ ਹੀ ਕੋਡ ਭੇਜ ਦਿੱਤਾ ਹੋਵੇ। ਨਵਾਂ ਕੋਡ ਮੰਗਣ ਤੋਂ ਪਹਿਲਾਂ ਆਪਣਾ ਇਨਬਾਕਸ ਜਾਂ ਸੁਨੇਹੇ ਦੇਖ ਲਓ।`,
  maybeSentLink: (recipient) =>
    `ਹੋ ਸਕਦਾ ਹੈ ਅਸੀਂ ${recipient} ’ਤੇ ਪਹਿਲਾਂ ਹੀ ਸਾਈਨ-ਇਨ ਲਿੰਕ ਭੇਜ ਦਿੱਤਾ ਹੋਵੇ। ਨਵਾਂ ਲਿੰਕ ਮੰਗਣ ਤੋਂ ਪਹਿਲਾਂ ਆਪਣਾ ਇਨਬਾਕਸ ਦੇਖ ਲਓ।`,
  checkEmailHint: 'ਸਾਈਨ ਇਨ ਪੂਰਾ ਕਰਨ ਲਈ ਇਹ ਲਿੰਕ ਇਸੇ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਖੋਲ੍ਹੋ। ਇਸਦੀ ਮਿਆਦ ਜਲਦੀ ਖ਼ਤਮ ਹੋ ਜਾਵੇਗੀ।',
  verify: 'ਸਾਈਨ ਇਨ ਕਰੋ',
  verifying: 'ਕੋਡ ਦੀ ਜਾਂਚ ਕੀਤੀ ਜਾ ਰਹੀ ਹੈ…',
  resend: 'ਨਵਾਂ ਕੋਡ ਭੇਜੋ',
  // "ਸਕਿੰਟ ਬਾਅਦ" reads right after any number.
  resendIn: (seconds) => `ਤੁਸੀਂ ${seconds} ਸਕਿੰਟ ਬਾਅਦ ਦੁਬਾਰਾ ਮੰਗ ਸਕਦੇ ਹੋ।`,
  resendReady: 'ਹੁਣ ਤੁਸੀਂ ਦੁਬਾਰਾ ਮੰਗ ਸਕਦੇ ਹੋ।',
  tryAgainIn: (seconds) => `ਤੁਸੀਂ ${seconds} ਸਕਿੰਟ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰ ਸਕਦੇ ਹੋ।`,
  tryAgainReady: 'ਹੁਣ ਤੁਸੀਂ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰ ਸਕਦੇ ਹੋ।',
  recentlySent: (recipient) => `ਅਸੀਂ ਹਾਲ ਹੀ ਵਿੱਚ ${recipient} ’ਤੇ ਇੱਕ ਸੁਨੇਹਾ ਭੇਜਿਆ ਹੈ।`,
  useDifferentEmail: 'ਕੋਈ ਹੋਰ ਈਮੇਲ ਵਰਤੋ',
  useDifferentPhone: 'ਕੋਈ ਹੋਰ ਨੰਬਰ ਵਰਤੋ',
  signingIn: 'ਸਾਈਨ ਇਨ ਕੀਤਾ ਜਾ ਰਿਹਾ ਹੈ…',
  signedInAs: (who) => `ਤੁਸੀਂ ${who} ਵਜੋਂ ਸਾਈਨ ਇਨ ਕੀਤਾ ਹੈ।`,
  signedIn: 'ਤੁਸੀਂ ਸਾਈਨ ਇਨ ਕਰ ਲਿਆ ਹੈ।',
  welcomeBack: 'ਮੁੜ ਜੀ ਆਇਆਂ ਨੂੰ',
  signOut: 'ਸਾਈਨ ਆਊਟ ਕਰੋ',
  signingOut: 'ਸਾਈਨ ਆਊਟ ਕੀਤਾ ਜਾ ਰਿਹਾ ਹੈ…',
  signedOut: 'ਤੁਸੀਂ ਸਾਈਨ ਆਊਟ ਕਰ ਲਿਆ ਹੈ।',
  startOver: 'ਮੁੜ ਸ਼ੁਰੂ ਕਰੋ',
  sendNewLink: 'ਨਵਾਂ ਲਿੰਕ ਭੇਜੋ',
  sendCodeInstead: 'ਇਸਦੀ ਬਜਾਏ ਮੈਨੂੰ ਕੋਡ ਭੇਜੋ',
  continueOn: (host) => `${host} ’ਤੇ ਜਾਰੀ ਰੱਖੋ`,
  continueCodeRefused: (host) =>
    `ਇਸ ਸਾਈਟ ’ਤੇ ਟਾਈਪ ਕੀਤੇ ਕੋਡ ਨਾਲ ਸਾਈਨ ਇਨ ਪੂਰਾ ਨਹੀਂ ਹੋ ਸਕਦਾ। ${host} ’ਤੇ ਜਾਰੀ ਰੱਖੋ: ਉੱਥੇ ਤੁਹਾਨੂੰ ਨਵਾਂ ਕੋਡ ਭੇਜਿਆ ਜਾਵੇਗਾ, ਅਤੇ ਤੁਸੀਂ ਉੱਥੇ ਹੀ ਸਾਈਨ ਇਨ ਕਰੋਗੇ।`,
  continueCookiesBlocked: (host) =>
    `ਤੁਹਾਡੇ ਬ੍ਰਾਊਜ਼ਰ ਨੇ ਉਹ ਕੁਕੀ ਬਲੌਕ ਕਰ ਦਿੱਤੀ ਜੋ ਇਸ ਸਾਈਟ ’ਤੇ ਇਸ ਸਾਈਨ-ਇਨ ਲਈ ਲੋੜੀਂਦੀ ਹੈ। ${host} ’ਤੇ ਜਾਰੀ ਰੱਖੋ: ਉੱਥੇ ਤੁਹਾਨੂੰ ਨਵਾਂ ਕੋਡ ਭੇਜਿਆ ਜਾਵੇਗਾ, ਅਤੇ ਤੁਸੀਂ ਉੱਥੇ ਹੀ ਸਾਈਨ ਇਨ ਕਰੋਗੇ।`,
  continueOtherBrowser: (recipient) =>
    `${recipient} ਲਈ ਇਹ ਸਾਈਨ-ਇਨ ਲਿੰਕ ਕਿਸੇ ਹੋਰ ਬ੍ਰਾਊਜ਼ਰ ਜਾਂ ਡਿਵਾਈਸ ’ਤੇ ਮੰਗਿਆ ਗਿਆ ਸੀ। ਇੱਥੇ ਸਾਈਨ ਇਨ ਕਰਨ ਲਈ ਜਾਰੀ ਰੱਖੋ। ਜੇ ਤੁਸੀਂ ਇਹ ਨਹੀਂ ਮੰਗਿਆ ਸੀ, ਤਾਂ ਇਹ ਪੰਨਾ ਬੰਦ ਕਰ ਦਿਓ।`,
  continueHere: 'ਜਾਰੀ ਰੱਖੋ',
  continueLinkLanding: (recipient) => `${recipient} ਵਜੋਂ ਸਾਈਨ ਇਨ ਕਰਨ ਲਈ ਜਾਰੀ ਰੱਖੋ।`,
  otherTabToo: 'ਜਿਸ ਟੈਬ ਵਿੱਚ ਤੁਸੀਂ ਲਿੰਕ ਮੰਗਿਆ ਸੀ, ਉਸ ਵਿੱਚ ਵੀ ਤੁਸੀਂ ਸਾਈਨ ਇਨ ਹੋ। ਤੁਸੀਂ ਇਹ ਟੈਬ ਬੰਦ ਕਰ ਸਕਦੇ ਹੋ।',
  tryAgain: 'ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ',
  captchaLegend: 'ਪੁਸ਼ਟੀ ਕਰੋ ਕਿ ਤੁਸੀਂ ਇਨਸਾਨ ਹੋ',
  captchaCodeLabel: 'ਤਸਵੀਰ ਵਿਚਲੇ ਅੱਖਰ ਟਾਈਪ ਕਰੋ',
  captchaMathLabel: 'ਤਸਵੀਰ ਵਿਚਲੇ ਹਿਸਾਬ ਦਾ ਜਵਾਬ ਟਾਈਪ ਕਰੋ',
  captchaImageAlt: 'ਇਨਸਾਨ ਹੋਣ ਦੀ ਜਾਂਚ ਲਈ ਤਸਵੀਰ',
  captchaNewPicture: 'ਨਵੀਂ ਤਸਵੀਰ',
  captchaLoading: 'ਇਨਸਾਨ ਹੋਣ ਦੀ ਜਾਂਚ ਲੋਡ ਹੋ ਰਹੀ ਹੈ…',
  captchaUnavailable: 'ਇਨਸਾਨ ਹੋਣ ਦੀ ਜਾਂਚ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੀ। ਆਪਣਾ ਕਨੈਕਸ਼ਨ ਜਾਂਚੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
  errors: {
    invalid_email: 'ਇੱਕ ਈਮੇਲ ਪਤਾ ਦਾਖ਼ਲ ਕਰੋ, ਜਿਵੇਂ name@example.com।',
    invalid_phone_number: 'ਇਹ ਚੁਣੇ ਗਏ ਦੇਸ਼ ਲਈ ਸਹੀ ਫ਼ੋਨ ਨੰਬਰ ਨਹੀਂ ਹੈ। ਨੰਬਰ ਜਾਂਚੋ, ਜਾਂ ਕੋਈ ਹੋਰ ਦੇਸ਼ ਚੁਣੋ।',
    invalid_code: 'ਆਪਣੇ ਸੁਨੇਹੇ ਵਿੱਚ ਆਇਆ ਸਿਰਫ਼ ਕੋਡ ਦਾਖ਼ਲ ਕਰੋ, ਉਸਦੇ ਸਾਰੇ ਅੰਕਾਂ ਸਮੇਤ।',
    wrong_code: 'ਇਹ ਕੋਡ ਸਹੀ ਨਹੀਂ ਹੈ। ਇਸਨੂੰ ਜਾਂਚੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
    code_expired: 'ਇਸ ਕੋਡ ਦੀ ਮਿਆਦ ਖ਼ਤਮ ਹੋ ਗਈ ਹੈ। ਨਵਾਂ ਕੋਡ ਮੰਗੋ।',
    link_expired: 'ਇਸ ਸਾਈਨ-ਇਨ ਲਿੰਕ ਦੀ ਮਿਆਦ ਖ਼ਤਮ ਹੋ ਗਈ ਹੈ। ਨਵਾਂ ਲਿੰਕ ਮੰਗੋ।',
    too_many_attempts: 'ਇਹ ਕੋਡ ਹੁਣ ਵਰਤਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ: ਇਸਨੂੰ ਬਹੁਤ ਵਾਰ ਗਲਤ ਦਾਖ਼ਲ ਕੀਤਾ ਗਿਆ। ਨਵਾਂ ਕੋਡ ਮੰਗੋ।',
    rate_limited: 'ਥੋੜ੍ਹੇ ਸਮੇਂ ਵਿੱਚ ਬਹੁਤ ਜ਼ਿਆਦਾ ਕੋਸ਼ਿਸ਼ਾਂ ਹੋਈਆਂ। ਥੋੜ੍ਹਾ ਰੁਕੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
    network: 'ਸਾਈਨ-ਇਨ ਸੇਵਾ ਨਾਲ ਸੰਪਰਕ ਨਹੀਂ ਹੋ ਸਕਿਆ। ਆਪਣਾ ਕਨੈਕਸ਼ਨ ਜਾਂਚੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
    link_invalid:
      'ਇਹ ਸਾਈਨ-ਇਨ ਲਿੰਕ ਇੱਥੇ ਵਰਤਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ: ਇਸਨੂੰ ਕਿਸੇ ਹੋਰ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਖੋਲ੍ਹਿਆ ਗਿਆ ਸੀ, ਇਸਦੀ ਮਿਆਦ ਖ਼ਤਮ ਹੋ ਗਈ ਹੈ, ਜਾਂ ਇਹ ਪਹਿਲਾਂ ਹੀ ਵਰਤਿਆ ਜਾ ਚੁੱਕਾ ਹੈ। ਇਸੇ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਨਵਾਂ ਲਿੰਕ ਮੰਗੋ।',
    session_expired: 'ਤੁਹਾਡਾ ਸਾਈਨ-ਇਨ ਸੈਸ਼ਨ ਖ਼ਤਮ ਹੋ ਗਿਆ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਮੁੜ ਸ਼ੁਰੂ ਕਰੋ।',
    client_authentication_required: unavailable,
    consent_required: unavailable,
    third_party_cookies_blocked:
      'ਤੁਹਾਡੇ ਬ੍ਰਾਊਜ਼ਰ ਨੇ ਉਹ ਕੁਕੀ ਬਲੌਕ ਕਰ ਦਿੱਤੀ ਜੋ ਇਸ ਸਾਈਨ-ਇਨ ਲਈ ਲੋੜੀਂਦੀ ਹੈ। ਕੋਈ ਹੋਰ ਬ੍ਰਾਊਜ਼ਰ ਵਰਤ ਕੇ ਦੇਖੋ, ਜਾਂ ਸਾਈਟ ਦੇ ਮਾਲਕ ਤੋਂ ਮਦਦ ਮੰਗੋ।',
    origin_not_allowed: unavailable,
    invalid_response: 'ਸਾਈਨ ਇਨ ਦੀ ਪੁਸ਼ਟੀ ਨਹੀਂ ਹੋ ਸਕੀ। ਕਿਰਪਾ ਕਰਕੇ ਮੁੜ ਸ਼ੁਰੂ ਕਰੋ।',
    misconfigured: unavailable,
    service_unavailable: 'ਸਾਈਨ-ਇਨ ਸੇਵਾ ਵਿੱਚ ਸਮੱਸਿਆ ਆ ਰਹੀ ਹੈ। ਥੋੜ੍ਹੀ ਦੇਰ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
    blocked:
      'ਸਾਈਨ ਇਨ ਦੀਆਂ ਬਹੁਤ ਸਾਰੀਆਂ ਕੋਸ਼ਿਸ਼ਾਂ ਅਸਫਲ ਰਹੀਆਂ। ਇਸ ਖਾਤੇ ਲਈ ਸਾਈਨ ਇਨ ਕੁਝ ਸਮੇਂ ਲਈ ਰੋਕ ਦਿੱਤਾ ਗਿਆ ਹੈ: ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ, ਜਾਂ ਸਾਈਟ ਦੇ ਮਾਲਕ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।',
    captcha_required: 'ਪਹਿਲਾਂ ਪੁਸ਼ਟੀ ਕਰੋ ਕਿ ਤੁਸੀਂ ਇਨਸਾਨ ਹੋ, ਫਿਰ ਦੁਬਾਰਾ ਭੇਜੋ।',
    invalid_captcha: 'ਜਾਂਚ ਦਾ ਜਵਾਬ ਗਲਤ ਸੀ ਜਾਂ ਬਹੁਤ ਪੁਰਾਣਾ ਹੋ ਗਿਆ ਸੀ। ਇਹ ਰਹੀ ਨਵੀਂ ਜਾਂਚ: ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
    country_not_allowed: 'ਇਹ ਸਾਈਟ ਇਸ ਦੇਸ਼ ਦੇ ਨੰਬਰਾਂ ’ਤੇ SMS ਨਹੀਂ ਭੇਜਦੀ। ਕਿਸੇ ਹੋਰ ਦੇਸ਼ ਦਾ ਨੰਬਰ ਵਰਤੋ।',
    rate_limited_held: 'ਬਹੁਤ ਜ਼ਿਆਦਾ ਸੁਨੇਹੇ ਮੰਗੇ ਗਏ ਹਨ, ਇਸ ਲਈ ਇਹ ਸੁਨੇਹਾ ਨਹੀਂ ਭੇਜਿਆ ਗਿਆ।',
    service_unavailable_held: 'ਸਾਈਨ-ਇਨ ਸੇਵਾ ਵਿੱਚ ਸਮੱਸਿਆ ਆ ਰਹੀ ਹੈ, ਇਸ ਲਈ ਸੁਨੇਹਾ ਨਹੀਂ ਭੇਜਿਆ ਗਿਆ।',
    framed: 'ਇਹ ਸਾਈਨ-ਇਨ ਕਿਸੇ ਹੋਰ ਸਾਈਟ ਦੇ ਅੰਦਰ ਨਹੀਂ ਦਿਖਾਇਆ ਜਾ ਸਕਦਾ। ਸਾਈਨ ਇਨ ਕਰਨ ਲਈ ਇਹ ਪੰਨਾ ਵੱਖਰੀ ਟੈਬ ਵਿੱਚ ਖੋਲ੍ਹੋ।',
    unknown: 'ਕੁਝ ਗਲਤ ਹੋ ਗਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
  },
};
