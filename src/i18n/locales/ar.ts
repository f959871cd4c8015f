import type { PasswordlessMessages } from '../messages.js';

// Bidi isolates keep addresses, numbers and examples in their own direction inside right-to-left text.
const isolate = (text: string) => `\u2068${text}\u2069`;
const ltr = (text: string) => `\u2066${text}\u2069`;

const unavailable = 'تسجيل الدخول غير متاح على هذا الموقع حاليًا. يُرجى التواصل مع مالك الموقع.';

export const ar: PasswordlessMessages = {
  $code: 'ar',
  $dir: 'rtl',
  title: 'تسجيل الدخول',
  emailLabel: 'البريد الإلكتروني',
  emailHint: 'سنرسل إليك رمزًا صالحًا لمرة واحدة عبر البريد الإلكتروني. لا حاجة إلى كلمة مرور.',
  phoneLabel: 'رقم الهاتف',
  countryLabel: 'البلد',
  didYouMean: (email) => `هل تقصد ${isolate(email)}؟`,
  useSuggestion: 'استخدم هذا العنوان',
  phoneHint: `سنرسل إليك رمزًا صالحًا لمرة واحدة في رسالة نصية. أدخل رمز بلدك، مثل ${ltr('+44')}.`,
  sendCode: 'إرسال الرمز',
  sendLink: 'أرسل لي رابط تسجيل الدخول',
  sending: 'جارٍ الإرسال…',
  codeLabel: 'رمز التحقق',
  codeHint: (length) => `أدخل الرمز المكوّن من ${length} أرقام. الرمز الأحدث وحده صالح.`,
  codeSentTo: (recipient) => `أرسلنا رمزًا إلى ${isolate(recipient)}.`,
  linkSentTo: (recipient) => `أرسلنا رابط تسجيل الدخول إلى ${isolate(recipient)}.`,
  maybeSentCode: (recipient) => `ربما أرسلنا رمزًا بالفعل إلى ${isolate(recipient)}. تحقق من بريدك الوارد أو رسائلك قبل طلب رمز آخر.`,
  maybeSentLink: (recipient) => `ربما أرسلنا رابط تسجيل الدخول بالفعل إلى ${isolate(recipient)}. تحقق من بريدك الوارد قبل طلب رابط آخر.`,
  checkEmailHint: 'افتح الرابط في هذا المتصفح لإكمال تسجيل الدخول. تنتهي صلاحيته قريبًا.',
  verify: 'تسجيل الدخول',
  verifying: 'جارٍ التحقق من الرمز…',
  resend: 'إرسال رمز جديد',
  resendIn: (seconds) => `يمكنك الطلب مجددًا بعد ${seconds} ثانية.`,
  resendReady: 'يمكنك الآن طلب رمز جديد.',
  useDifferentEmail: 'استخدام بريد إلكتروني آخر',
  useDifferentPhone: 'استخدام رقم آخر',
  signingIn: 'جارٍ تسجيل دخولك…',
  signedInAs: (who) => `تم تسجيل دخولك باسم ${isolate(who)}.`,
  signedIn: 'تم تسجيل دخولك.',
  welcomeBack: 'مرحبًا بعودتك.',
  signOut: 'تسجيل الخروج',
  signingOut: 'جارٍ تسجيل خروجك…',
  signedOut: 'تم تسجيل خروجك.',
  startOver: 'البدء من جديد',
  sendNewLink: 'إرسال رابط جديد',
  sendCodeInstead: 'أرسل لي رمزًا بدلًا من ذلك',
  continueOn: (host) => `المتابعة على ${isolate(host)}`,
  continueCodeRefused: (host) =>
    `لا يستطيع هذا المتصفح إكمال تسجيل الدخول على هذا الموقع برمز تُدخله يدويًا. تابع على ${isolate(host)}: سيرسل إليك رمزًا جديدًا، وتسجّل الدخول هناك.`,
  continueCookiesBlocked: (host) =>
    `حظر متصفحك ملف تعريف الارتباط الذي يحتاجه تسجيل الدخول هذا على هذا الموقع. تابع على ${isolate(host)}: سيرسل إليك رمزًا جديدًا، وتسجّل الدخول هناك.`,
  continueOtherBrowser: (recipient) =>
    `طُلب رابط تسجيل الدخول هذا المرسل إلى ${isolate(recipient)} من متصفح آخر أو جهاز آخر. تابع لتسجيل الدخول هنا. إذا لم تطلبه، فأغلق هذه الصفحة.`,
  continueHere: 'متابعة',
  continueLinkLanding: (recipient) => `تابِع لتسجيل الدخول باسم ${isolate(recipient)}.`,
  otherTabToo: 'علامة التبويب التي طلبت منها الرابط سجّلت دخولك أيضًا. يمكنك إغلاق هذه.',
  tryAgain: 'إعادة المحاولة',
  errors: {
    invalid_email: `أدخل عنوان بريد إلكتروني واحدًا، مثل ${ltr('name@example.com')}.`,
    invalid_phone_number: `أدخل رقم هاتف صالحًا مع رمز البلد، مثل ${ltr('+44 7911 123456')}.`,
    invalid_code: 'أدخل الرمز الوارد في رسالتك، بالأرقام فقط.',
    wrong_code: 'هذا الرمز غير صحيح. تحقّق منه وحاول مرة أخرى.',
    code_expired: 'انتهت صلاحية هذا الرمز. اطلب رمزًا جديدًا.',
    too_many_attempts: 'محاولات خاطئة كثيرة لهذا الرمز. اطلب رمزًا جديدًا.',
    rate_limited: 'أُرسلت رسائل كثيرة جدًا. انتظر قليلًا، ثم حاول مرة أخرى.',
    network: 'تعذّر الوصول إلى خدمة تسجيل الدخول. تحقّق من اتصالك وحاول مرة أخرى.',
    link_invalid:
      'لا يمكن استخدام رابط تسجيل الدخول هذا هنا: فقد فُتح في متصفح آخر، أو انتهت صلاحيته، أو سبق استخدامه. اطلب رابطًا جديدًا من هذا المتصفح.',
    session_expired: 'انتهت جلسة تسجيل الدخول. يُرجى البدء من جديد.',
    client_authentication_required: unavailable,
    consent_required: unavailable,
    third_party_cookies_blocked:
      'حظر متصفحك ملف تعريف الارتباط الذي يحتاجه تسجيل الدخول هذا. جرّب متصفحًا آخر، أو اطلب المساعدة من مالك الموقع.',
    origin_not_allowed: unavailable,
    invalid_response: 'تعذّر التحقق من تسجيل الدخول. يُرجى البدء من جديد.',
    misconfigured: unavailable,
    service_unavailable: 'تواجه خدمة تسجيل الدخول مشكلة. حاول مرة أخرى بعد قليل.',
    framed: 'لا يمكن عرض تسجيل الدخول هذا داخل موقع آخر. افتح هذه الصفحة في علامة تبويب مستقلة لتسجيل الدخول.',
    unknown: 'حدث خطأ ما. يُرجى المحاولة مرة أخرى.',
  },
};
