import type { PasswordlessMessages } from '../messages.js';

// Bidi isolates keep addresses, numbers and examples in their own direction inside right-to-left text.
const isolate = (text: string) => `\u2068${text}\u2069`;
const ltr = (text: string) => `\u2066${text}\u2069`;

const unavailable = 'הכניסה אינה זמינה באתר הזה כרגע. יש לפנות לבעלי האתר.';

export const he: PasswordlessMessages = {
  $code: 'he',
  $dir: 'rtl',
  title: 'כניסה',
  emailLabel: 'כתובת אימייל',
  emailHint: 'נשלח אליך קוד חד־פעמי באימייל. אין צורך בסיסמה.',
  phoneLabel: 'מספר טלפון',
  countryLabel: 'מדינה',
  didYouMean: (email) => `האם התכוונת לכתובת ${isolate(email)}?`,
  useSuggestion: 'להשתמש בכתובת הזו',
  phoneHint: `נשלח אליך קוד חד־פעמי ב־SMS. יש לכלול את קידומת המדינה, למשל ${ltr('+44')}.`,
  sendCode: 'שליחת קוד',
  sendLink: 'שליחת קישור כניסה באימייל',
  sending: 'שולחים…',
  codeLabel: 'קוד אימות',
  codeHint: (length) => `יש להזין את הקוד בן ${length} הספרות. רק הקוד האחרון תקף.`,
  codeSentTo: (recipient) => `שלחנו קוד אל ${isolate(recipient)}.`,
  linkSentTo: (recipient) => `שלחנו קישור כניסה אל ${isolate(recipient)}.`,
  maybeSentCode: (recipient) => `ייתכן שכבר שלחנו קוד אל ${isolate(recipient)}. כדאי לבדוק את תיבת הדואר או ההודעות לפני שמבקשים קוד נוסף.`,
  maybeSentLink: (recipient) => `ייתכן שכבר שלחנו קישור כניסה אל ${isolate(recipient)}. כדאי לבדוק את תיבת הדואר לפני שמבקשים קישור נוסף.`,
  checkEmailHint: 'כדי להשלים את הכניסה, יש לפתוח את הקישור בדפדפן הזה. התוקף שלו יפוג בקרוב.',
  verify: 'כניסה',
  verifying: 'בודקים את הקוד…',
  resend: 'שליחת קוד חדש',
  resendIn: (seconds) => `אפשר לבקש שוב בעוד ${seconds} שנ׳.`,
  resendReady: 'עכשיו אפשר לבקש חדש.',
  useDifferentEmail: 'שימוש באימייל אחר',
  useDifferentPhone: 'שימוש במספר אחר',
  signingIn: 'מתבצעת כניסה…',
  signedInAs: (who) => `התחברת בתור ${isolate(who)}.`,
  signedIn: 'התחברת בהצלחה.',
  welcomeBack: 'שמחים לראות אותך שוב.',
  signOut: 'יציאה',
  signingOut: 'מתבצעת יציאה…',
  signedOut: 'יצאת מהחשבון.',
  startOver: 'התחלה מחדש',
  sendNewLink: 'שליחת קישור חדש',
  sendCodeInstead: 'שלחו לי קוד במקום',
  continueOn: (host) => `המשך באתר ${isolate(host)}`,
  continueCodeRefused: (host) =>
    `בדפדפן הזה אי אפשר להשלים כניסה באתר הזה עם קוד מוקלד. יש להמשיך באתר ${isolate(host)}: משם יישלח אליך קוד חדש, והכניסה תתבצע שם.`,
  continueCookiesBlocked: (host) =>
    `הדפדפן חסם קובץ Cookie שנדרש לכניסה הזו באתר הזה. יש להמשיך באתר ${isolate(host)}: משם יישלח אליך קוד חדש, והכניסה תתבצע שם.`,
  continueOtherBrowser: (recipient) =>
    `קישור הכניסה הזה עבור ${isolate(recipient)} התבקש בדפדפן אחר או במכשיר אחר. אפשר להמשיך כדי להיכנס כאן. אם לא ביקשת אותו, יש לסגור את הדף הזה.`,
  continueHere: 'המשך',
  continueLinkLanding: (recipient) => `המשך כדי להתחבר בתור ${isolate(recipient)}.`,
  otherTabToo: 'גם הכרטיסייה שבה ביקשת את הקישור מחוברת. אפשר לסגור את זו.',
  tryAgain: 'ניסיון נוסף',
  errors: {
    invalid_email: `יש להזין כתובת אימייל אחת, למשל ${ltr('name@example.com')}.`,
    invalid_phone_number: `יש להזין מספר טלפון תקין עם קידומת המדינה, למשל ${ltr('+44 7911 123456')}.`,
    invalid_code: 'יש להזין את הקוד מההודעה, בספרות בלבד.',
    wrong_code: 'הקוד הזה שגוי. כדאי לבדוק אותו ולנסות שוב.',
    code_expired: 'תוקף הקוד פג. יש לבקש קוד חדש.',
    too_many_attempts: 'היו יותר מדי ניסיונות שגויים עם הקוד הזה. יש לבקש קוד חדש.',
    rate_limited: 'נשלחו יותר מדי הודעות. כדאי להמתין רגע ולנסות שוב.',
    network: 'לא הצלחנו להתחבר לשירות הכניסה. כדאי לבדוק את החיבור ולנסות שוב.',
    link_invalid:
      'אי אפשר להשתמש כאן בקישור הכניסה הזה: הוא נפתח בדפדפן אחר, פג תוקפו או שכבר נעשה בו שימוש. יש לבקש קישור חדש בדפדפן הזה.',
    session_expired: 'תהליך הכניסה הסתיים. יש להתחיל מחדש.',
    client_authentication_required: unavailable,
    consent_required: unavailable,
    third_party_cookies_blocked:
      'הדפדפן חסם קובץ Cookie שנדרש לכניסה הזו. אפשר לנסות דפדפן אחר או לבקש עזרה מבעלי האתר.',
    origin_not_allowed: unavailable,
    invalid_response: 'לא ניתן היה לאמת את הכניסה. יש להתחיל מחדש.',
    misconfigured: unavailable,
    service_unavailable: 'יש תקלה בשירות הכניסה. כדאי לנסות שוב בעוד רגע.',
    framed: 'אי אפשר להציג את הכניסה הזו בתוך אתר אחר. כדי להיכנס, כדאי לפתוח את הדף בכרטיסייה נפרדת.',
    unknown: 'משהו השתבש. כדאי לנסות שוב.',
  },
};
