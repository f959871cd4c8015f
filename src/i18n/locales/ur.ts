import type { PasswordlessMessages } from '../messages.js';
import { plural } from '../plural.js';

// Bidi isolates keep addresses, numbers and examples in their own direction inside right-to-left text.
// Polite register (آپ), as Urdu sign-in pages use.
const isolate = (text: string) => `\u2068${text}\u2069`;
const ltr = (text: string) => `\u2066${text}\u2069`;

const unavailable = 'اس سائٹ پر فی الحال سائن ان دستیاب نہیں ہے۔ براہ کرم سائٹ کے مالک سے رابطہ کریں۔';

export const ur: PasswordlessMessages = {
  $code: 'ur',
  $dir: 'rtl',
  title: 'سائن ان',
  emailLinkHint: 'ہم آپ کو ای میل پر سائن ان لنک بھیجیں گے۔ پاس ورڈ کی ضرورت نہیں۔',
  checkEmailTitle: 'اپنی ای میل دیکھیں',
  checkPhoneTitle: 'اپنا فون دیکھیں',
  continueTitle: 'بس ایک قدم اور',
  successTitle: 'خوش آمدید',
  errorTitle: 'سائن ان مکمل نہیں ہوا',
  emailLabel: 'ای میل پتہ',
  emailHint: 'ہم آپ کو ای میل پر ایک بار استعمال ہونے والا کوڈ بھیجیں گے۔ پاس ورڈ کی ضرورت نہیں۔',
  phoneLabel: 'فون نمبر',
  countryLabel: 'ملک',
  countrySearch: 'ملک یا کالنگ کوڈ تلاش کریں',
  countriesFound: (count) => `ملنے والے ممالک: ${count}`,
  countryNoMatch: `کوئی ملک نہیں ملا۔ ملک کے نام یا کالنگ کوڈ سے تلاش کریں، جیسے ${ltr('+44')}۔`,
  phoneExample: (example) => `مثال کے طور پر: ${ltr(example)}`,
  didYouMean: (email) => `کیا آپ کا مطلب ${isolate(email)} تھا؟`,
  useSuggestion: 'یہ پتہ استعمال کریں',
  keepAsTyped: (button) => `یا پتہ ویسا ہی استعمال کرنے کے لیے جیسا آپ نے لکھا ہے، دوبارہ “${button}” دبائیں۔`,
  alreadySentCode: (recipient) =>
    `ہم ${isolate(recipient)} پر پہلے ہی ایک کوڈ بھیج چکے ہیں۔ اسے درج کریں، یا الٹی گنتی ختم ہونے پر نیا کوڈ منگوائیں۔`,
  alreadySentLink: (recipient) =>
    `ہم ${isolate(recipient)} پر پہلے ہی سائن ان لنک بھیج چکے ہیں۔ اسے کھولیں، یا الٹی گنتی ختم ہونے پر نیا لنک منگوائیں۔`,
  phoneHint: 'ہم آپ کو ایس ایم ایس پر ایک بار استعمال ہونے والا کوڈ بھیجیں گے۔',
  sendCode: 'کوڈ بھیجیں',
  sendLink: 'مجھے سائن ان لنک ای میل کریں',
  sending: 'بھیجا جا رہا ہے…',
  codeLabel: 'تصدیقی کوڈ',
  codeHint: (length, newestOnly) =>
    `${plural('ur', length, { one: '# ہندسے کا', other: '# ہندسوں کا' })} کوڈ درج کریں۔${newestOnly ? ' صرف تازہ ترین کوڈ کام کرے گا۔' : ''}`,
  codeSentTo: (recipient) => `ہم نے ${isolate(recipient)} پر کوڈ بھیج دیا ہے۔`,
  linkSentTo: (recipient) => `ہم نے ${isolate(recipient)} پر سائن ان لنک بھیج دیا ہے۔`,
  maybeSentCode: (recipient) =>
    `ہو سکتا ہے ہم ${isolate(recipient)} پر پہلے ہی کوڈ بھیج چکے ہوں۔ نیا کوڈ منگوانے سے پہلے اپنا ان باکس یا پیغامات دیکھ لیں۔`,
  maybeSentLink: (recipient) =>
    `ہو سکتا ہے ہم ${isolate(recipient)} پر پہلے ہی سائن ان لنک بھیج چکے ہوں۔ نیا لنک منگوانے سے پہلے اپنا ان باکس دیکھ لیں۔`,
  checkEmailHint: 'سائن ان مکمل کرنے کے لیے لنک اسی براؤزر میں کھولیں۔ یہ جلد ہی ناکارہ ہو جائے گا۔',
  verify: 'سائن ان کریں',
  verifying: 'کوڈ کی جانچ ہو رہی ہے…',
  resend: 'نیا کوڈ بھیجیں',
  // "سیکنڈ" is the same after every number.
  resendIn: (seconds) => `آپ ${seconds} سیکنڈ بعد نیا منگوا سکتے ہیں۔`,
  resendReady: 'اب آپ نیا منگوا سکتے ہیں۔',
  tryAgainIn: (seconds) => `آپ ${seconds} سیکنڈ بعد دوبارہ کوشش کر سکتے ہیں۔`,
  tryAgainReady: 'اب آپ دوبارہ کوشش کر سکتے ہیں۔',
  recentlySent: (recipient) => `ہم نے حال ہی میں ${isolate(recipient)} پر ایک پیغام بھیجا ہے۔`,
  useDifferentEmail: 'دوسرا ای میل استعمال کریں',
  useDifferentPhone: 'دوسرا نمبر استعمال کریں',
  signingIn: 'آپ کو سائن ان کیا جا رہا ہے…',
  signedInAs: (who) => `آپ ${isolate(who)} کے طور پر سائن ان ہیں۔`,
  signedIn: 'آپ سائن ان ہیں۔',
  welcomeBack: 'دوبارہ خوش آمدید',
  signOut: 'سائن آؤٹ کریں',
  signingOut: 'آپ کو سائن آؤٹ کیا جا رہا ہے…',
  signedOut: 'آپ سائن آؤٹ ہو گئے ہیں۔',
  startOver: 'دوبارہ شروع کریں',
  sendNewLink: 'نیا لنک بھیجیں',
  sendCodeInstead: 'اس کے بجائے مجھے کوڈ بھیجیں',
  continueOn: (host) => `${isolate(host)} پر جاری رکھیں`,
  continueCodeRefused: (host) =>
    `اس سائٹ پر ٹائپ کیے گئے کوڈ سے سائن ان مکمل نہیں ہو سکتا۔ ${isolate(host)} پر جاری رکھیں: وہاں آپ کو نیا کوڈ ملے گا اور آپ وہیں سائن ان کریں گے۔`,
  continueCookiesBlocked: (host) =>
    `آپ کے براؤزر نے وہ کوکی بلاک کر دی جو اس سائٹ پر سائن ان کے لیے ضروری ہے۔ ${isolate(host)} پر جاری رکھیں: وہاں آپ کو نیا کوڈ ملے گا اور آپ وہیں سائن ان کریں گے۔`,
  continueOtherBrowser: (recipient) =>
    `${isolate(recipient)} کے لیے یہ سائن ان لنک کسی دوسرے براؤزر یا ڈیوائس سے منگوایا گیا تھا۔ یہاں سائن ان کرنے کے لیے جاری رکھیں۔ اگر آپ نے اسے نہیں منگوایا تو یہ صفحہ بند کر دیں۔`,
  continueHere: 'جاری رکھیں',
  continueLinkLanding: (recipient) => `${isolate(recipient)} کے طور پر سائن ان کرنے کے لیے جاری رکھیں۔`,
  otherTabToo: 'جس ٹیب سے آپ نے لنک منگوایا تھا وہ بھی سائن ان ہو گیا ہے۔ آپ یہ ٹیب بند کر سکتے ہیں۔',
  tryAgain: 'دوبارہ کوشش کریں',
  captchaLegend: 'تصدیق کریں کہ آپ انسان ہیں',
  captchaCodeLabel: 'تصویر میں موجود حروف ٹائپ کریں',
  captchaMathLabel: 'تصویر میں دیے گئے حساب کا جواب ٹائپ کریں',
  captchaImageAlt: 'یہ جانچنے کے لیے تصویر کہ آپ انسان ہیں',
  captchaNewPicture: 'نئی تصویر',
  captchaLoading: 'انسان ہونے کی جانچ لوڈ ہو رہی ہے…',
  captchaUnavailable: 'انسان ہونے کی جانچ لوڈ نہیں ہو سکی۔ اپنا کنکشن چیک کریں، پھر دوبارہ کوشش کریں۔',
  errors: {
    invalid_email: `ایک ای میل پتہ درج کریں، جیسے ${ltr('name@example.com')}۔`,
    invalid_phone_number: 'یہ منتخب ملک کے لیے درست فون نمبر نہیں ہے۔ نمبر چیک کریں، یا کوئی دوسرا ملک منتخب کریں۔',
    invalid_code: 'صرف اپنے پیغام والا کوڈ درج کریں، اس کے تمام ہندسوں کے ساتھ۔',
    wrong_code: 'یہ کوڈ درست نہیں ہے۔ اسے چیک کر کے دوبارہ کوشش کریں۔',
    code_expired: 'اس کوڈ کی میعاد ختم ہو گئی ہے۔ نیا کوڈ منگوائیں۔',
    link_expired: 'اس سائن ان لنک کی میعاد ختم ہو گئی ہے۔ نیا لنک منگوائیں۔',
    too_many_attempts: 'یہ کوڈ اب استعمال نہیں ہو سکتا: اسے بہت بار غلط درج کیا گیا۔ نیا کوڈ منگوائیں۔',
    rate_limited: 'تھوڑے وقت میں بہت زیادہ کوششیں ہوئیں۔ کچھ دیر انتظار کریں، پھر دوبارہ کوشش کریں۔',
    network: 'سائن ان سروس سے رابطہ نہیں ہو سکا۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔',
    link_invalid:
      'یہ سائن ان لنک یہاں استعمال نہیں ہو سکتا: یہ کسی دوسرے براؤزر میں کھولا گیا، اس کی میعاد ختم ہو گئی، یا یہ پہلے ہی استعمال ہو چکا ہے۔ اسی براؤزر میں نیا لنک منگوائیں۔',
    session_expired: 'آپ کا سائن ان سیشن ختم ہو گیا۔ براہ کرم دوبارہ شروع کریں۔',
    client_authentication_required: unavailable,
    consent_required: unavailable,
    third_party_cookies_blocked:
      'آپ کے براؤزر نے وہ کوکی بلاک کر دی جو اس سائن ان کے لیے ضروری ہے۔ کوئی دوسرا براؤزر آزمائیں، یا سائٹ کے مالک سے مدد لیں۔',
    origin_not_allowed: unavailable,
    invalid_response: 'سائن ان کی تصدیق نہیں ہو سکی۔ براہ کرم دوبارہ شروع کریں۔',
    misconfigured: unavailable,
    service_unavailable: 'سائن ان سروس میں مسئلہ ہے۔ تھوڑی دیر بعد دوبارہ کوشش کریں۔',
    blocked: 'سائن ان کی بہت زیادہ ناکام کوششیں ہوئیں۔ اس اکاؤنٹ میں سائن ان کچھ دیر کے لیے روک دیا گیا ہے: بعد میں دوبارہ کوشش کریں، یا سائٹ کے مالک سے رابطہ کریں۔',
    captcha_required: 'پہلے تصدیق کریں کہ آپ انسان ہیں، پھر دوبارہ بھیجیں۔',
    invalid_captcha: 'جانچ کا جواب غلط تھا یا بہت پرانا ہو گیا تھا۔ یہ نئی جانچ ہے: دوبارہ کوشش کریں۔',
    country_not_allowed: 'یہ سائٹ اس ملک کے نمبروں پر ایس ایم ایس نہیں بھیجتی۔ کسی دوسرے ملک کا نمبر استعمال کریں۔',
    rate_limited_held: 'بہت زیادہ پیغامات منگوائے گئے، اس لیے یہ پیغام نہیں بھیجا گیا۔',
    service_unavailable_held: 'سائن ان سروس میں مسئلہ ہے، اس لیے پیغام نہیں بھیجا گیا۔',
    framed: 'یہ سائن ان کسی دوسری سائٹ کے اندر نہیں دکھایا جا سکتا۔ سائن ان کرنے کے لیے یہ صفحہ الگ ٹیب میں کھولیں۔',
    unknown: 'کچھ غلط ہو گیا۔ براہ کرم دوبارہ کوشش کریں۔',
  },
};
