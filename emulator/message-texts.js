// @ts-check
// The emulator's email and text message bodies, in the element's languages (src/i18n/locales/). Auth0 renders a
// passwordless template in the start's language: X-Request-Language, else the browser's Accept-Language, exposed to
// the template as `request_language` (https://auth0.com/docs/authenticate/passwordless/authentication-methods/email-otp,
// "Multi-language support"). Plain text: the outbox page escapes it. The text message's WebOTP line is not here:
// messages.js adds it, the same in every language.
import { bestLocale } from '../protocol/locale-match.js';

/**
 * @typedef {object} MessageTexts
 * @property {(v: { app: string, link: string, code: string, expires: string }) => string} link a magic-link email, with its code
 * @property {(v: { app: string, code: string, expires: string }) => string} emailCode an email with a code
 * @property {(v: { app: string, code: string }) => string} smsCode a text message with a code
 */

/** @type {Record<string, MessageTexts>} */
export const MESSAGE_TEXTS = {
  en: {
    link: ({ app, link, code, expires }) => `Click here to sign in to ${app}: ${link}\n\nOr enter this code: ${code}\n\nThe link and the code expire in ${expires}. If you did not ask for them, ignore this message.`,
    emailCode: ({ app, code, expires }) => `Your verification code is ${code}\n\nUse it to sign in to ${app}. It expires in ${expires}. If you did not ask for it, ignore this email.`,
    smsCode: ({ app, code }) => `Your verification code is ${code}. Use it to sign in to ${app}.`,
  },
  de: {
    link: ({ app, link, code, expires }) => `Klicken Sie hier, um sich bei ${app} anzumelden: ${link}\n\nOder geben Sie diesen Code ein: ${code}\n\nDer Link und der Code sind ${expires} lang gültig. Wenn Sie sie nicht angefordert haben, ignorieren Sie diese Nachricht.`,
    emailCode: ({ app, code, expires }) => `Ihr Bestätigungscode lautet ${code}\n\nMelden Sie sich damit bei ${app} an. Er ist ${expires} lang gültig. Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail.`,
    smsCode: ({ app, code }) => `Ihr Bestätigungscode lautet ${code}. Melden Sie sich damit bei ${app} an.`,
  },
  fr: {
    link: ({ app, link, code, expires }) => `Cliquez ici pour vous connecter à ${app}\u00a0: ${link}\n\nOu saisissez ce code\u00a0: ${code}\n\nLe lien et le code expirent dans ${expires}. Si vous ne les avez pas demandés, ignorez ce message.`,
    emailCode: ({ app, code, expires }) => `Votre code de vérification est ${code}\n\nUtilisez-le pour vous connecter à ${app}. Il expire dans ${expires}. Si vous ne l’avez pas demandé, ignorez cet e-mail.`,
    smsCode: ({ app, code }) => `Votre code de vérification est ${code}. Utilisez-le pour vous connecter à ${app}.`,
  },
  es: {
    link: ({ app, link, code, expires }) => `Haga clic aquí para iniciar sesión en ${app}: ${link}\n\nO escriba este código: ${code}\n\nEl enlace y el código caducan en ${expires}. Si no los ha solicitado, ignore este mensaje.`,
    emailCode: ({ app, code, expires }) => `Su código de verificación es ${code}\n\nÚselo para iniciar sesión en ${app}. Caduca en ${expires}. Si no lo ha solicitado, ignore este correo.`,
    smsCode: ({ app, code }) => `Su código de verificación es ${code}. Úselo para iniciar sesión en ${app}.`,
  },
  it: {
    link: ({ app, link, code, expires }) => `Fai clic qui per accedere a ${app}: ${link}\n\nOppure inserisci questo codice: ${code}\n\nIl link e il codice scadono tra ${expires}. Se non li hai richiesti, ignora questo messaggio.`,
    emailCode: ({ app, code, expires }) => `Il tuo codice di verifica è ${code}\n\nUsalo per accedere a ${app}. Scade tra ${expires}. Se non l’hai richiesto, ignora questa email.`,
    smsCode: ({ app, code }) => `Il tuo codice di verifica è ${code}. Usalo per accedere a ${app}.`,
  },
  pt: {
    link: ({ app, link, code, expires }) => `Clique aqui para entrar em ${app}: ${link}\n\nOu digite este código: ${code}\n\nO link e o código expiram em ${expires}. Se você não os pediu, ignore esta mensagem.`,
    emailCode: ({ app, code, expires }) => `Seu código de verificação é ${code}\n\nUse-o para entrar em ${app}. Ele expira em ${expires}. Se você não o pediu, ignore este e-mail.`,
    smsCode: ({ app, code }) => `Seu código de verificação é ${code}. Use-o para entrar em ${app}.`,
  },
  nl: {
    link: ({ app, link, code, expires }) => `Klik hier om in te loggen bij ${app}: ${link}\n\nOf voer deze code in: ${code}\n\nDe link en de code verlopen over ${expires}. Hebt u er niet om gevraagd? Negeer dan dit bericht.`,
    emailCode: ({ app, code, expires }) => `Uw verificatiecode is ${code}\n\nGebruik deze om in te loggen bij ${app}. De code verloopt over ${expires}. Hebt u er niet om gevraagd? Negeer dan deze e-mail.`,
    smsCode: ({ app, code }) => `Uw verificatiecode is ${code}. Gebruik deze om in te loggen bij ${app}.`,
  },
  pl: {
    // "Czas ważności: 3 minuty": the lifetime in the nominative, as Intl.NumberFormat gives it.
    link: ({ app, link, code, expires }) => `Kliknij tutaj, aby zalogować się w ${app}: ${link}\n\nMożesz też wpisać ten kod: ${code}\n\nCzas ważności linku i kodu: ${expires}. Jeśli to nie Ty, zignoruj tę wiadomość.`,
    emailCode: ({ app, code, expires }) => `Twój kod weryfikacyjny to ${code}\n\nUżyj go, aby zalogować się w ${app}. Czas ważności kodu: ${expires}. Jeśli to nie Ty, zignoruj tego e-maila.`,
    smsCode: ({ app, code }) => `Twój kod weryfikacyjny to ${code}. Użyj go, aby zalogować się w ${app}.`,
  },
  sv: {
    link: ({ app, link, code, expires }) => `Klicka här för att logga in på ${app}: ${link}\n\nEller ange den här koden: ${code}\n\nLänken och koden slutar gälla om ${expires}. Om du inte har begärt dem kan du ignorera det här meddelandet.`,
    emailCode: ({ app, code, expires }) => `Din verifieringskod är ${code}\n\nAnvänd den för att logga in på ${app}. Den slutar gälla om ${expires}. Om du inte har begärt den kan du ignorera det här mejlet.`,
    smsCode: ({ app, code }) => `Din verifieringskod är ${code}. Använd den för att logga in på ${app}.`,
  },
  ja: {
    link: ({ app, link, code, expires }) => `${app} にログインするには、こちらをクリックしてください：${link}\n\nまたは、次のコードを入力してください：${code}\n\nリンクとコードの有効期限は${expires}です。心当たりがない場合は、このメッセージを無視してください。`,
    emailCode: ({ app, code, expires }) => `確認コードは ${code} です\n\n${app} へのログインに使用してください。有効期限は${expires}です。心当たりがない場合は、このメールを無視してください。`,
    smsCode: ({ app, code }) => `確認コードは ${code} です。${app} へのログインに使用してください。`,
  },
  zh: {
    link: ({ app, link, code, expires }) => `点击此处登录 ${app}：${link}\n\n或输入此验证码：${code}\n\n链接和验证码的有效期为 ${expires}。如果这不是您本人的操作，请忽略此消息。`,
    emailCode: ({ app, code, expires }) => `您的验证码是 ${code}\n\n请使用它登录 ${app}。验证码的有效期为 ${expires}。如果这不是您本人的操作，请忽略此邮件。`,
    smsCode: ({ app, code }) => `您的验证码是 ${code}。请使用它登录 ${app}。`,
  },
  // Right-to-left texts put the link on a line of its own, where it cannot mix with the sentence.
  ar: {
    link: ({ app, link, code, expires }) => `انقر هنا لتسجيل الدخول إلى ${app}:\n${link}\n\nأو أدخل هذا الرمز: ${code}\n\nتنتهي صلاحية الرابط والرمز خلال ${expires}. إذا لم تطلبهما، فتجاهل هذه الرسالة.`,
    emailCode: ({ app, code, expires }) => `رمز التحقق الخاص بك هو ${code}\n\nاستخدمه لتسجيل الدخول إلى ${app}. تنتهي صلاحيته خلال ${expires}. إذا لم تطلبه، فتجاهل هذه الرسالة.`,
    smsCode: ({ app, code }) => `رمز التحقق الخاص بك هو ${code}. استخدمه لتسجيل الدخول إلى ${app}.`,
  },
  he: {
    link: ({ app, link, code, expires }) => `כדי להיכנס אל ${app}, יש ללחוץ כאן:\n${link}\n\nאו להזין את הקוד הזה: ${code}\n\nהקישור והקוד יפוגו בעוד ${expires}. אם לא ביקשת אותם, אפשר להתעלם מההודעה הזו.`,
    emailCode: ({ app, code, expires }) => `קוד האימות שלך הוא ${code}\n\nאפשר להשתמש בו כדי להיכנס אל ${app}. הוא יפוג בעוד ${expires}. אם לא ביקשת אותו, אפשר להתעלם מהאימייל הזה.`,
    smsCode: ({ app, code }) => `קוד האימות שלך הוא ${code}. אפשר להשתמש בו כדי להיכנס אל ${app}.`,
  },
  hi: {
    link: ({ app, link, code, expires }) => `${app} में साइन इन करने के लिए यहाँ क्लिक करें: ${link}\n\nया यह कोड डालें: ${code}\n\nलिंक और कोड ${expires} में समाप्त हो जाएँगे। अगर आपने इनका अनुरोध नहीं किया था, तो इस संदेश को अनदेखा करें।`,
    emailCode: ({ app, code, expires }) => `आपका सत्यापन कोड ${code} है\n\n${app} में साइन इन करने के लिए इसका उपयोग करें। यह ${expires} में समाप्त हो जाएगा। अगर आपने इसका अनुरोध नहीं किया था, तो इस ईमेल को अनदेखा करें।`,
    smsCode: ({ app, code }) => `आपका सत्यापन कोड ${code} है। ${app} में साइन इन करने के लिए इसका उपयोग करें।`,
  },
  fa: {
    link: ({ app, link, code, expires }) => `برای ورود به ${app} اینجا کلیک کنید:\n${link}\n\nیا این کد را وارد کنید: ${code}\n\nاعتبار پیوند و کد تا ${expires} دیگر تمام می‌شود. اگر آن‌ها را درخواست نکرده‌اید، این پیام را نادیده بگیرید.`,
    emailCode: ({ app, code, expires }) => `کد تأیید شما ${code} است\n\nبا آن به ${app} وارد شوید. اعتبار آن تا ${expires} دیگر تمام می‌شود. اگر آن را درخواست نکرده‌اید، این ایمیل را نادیده بگیرید.`,
    smsCode: ({ app, code }) => `کد تأیید شما ${code} است. با آن به ${app} وارد شوید.`,
  },
  ur: {
    link: ({ app, link, code, expires }) => `${app} میں سائن ان کرنے کے لیے یہاں کلک کریں:\n${link}\n\nیا یہ کوڈ درج کریں: ${code}\n\nلنک اور کوڈ کی میعاد ${expires} میں ختم ہو جائے گی۔ اگر آپ نے انہیں نہیں منگوایا تو اس پیغام کو نظر انداز کریں۔`,
    emailCode: ({ app, code, expires }) => `آپ کا تصدیقی کوڈ ${code} ہے\n\n${app} میں سائن ان کرنے کے لیے اسے استعمال کریں۔ اس کی میعاد ${expires} میں ختم ہو جائے گی۔ اگر آپ نے اسے نہیں منگوایا تو اس ای میل کو نظر انداز کریں۔`,
    smsCode: ({ app, code }) => `آپ کا تصدیقی کوڈ ${code} ہے۔ ${app} میں سائن ان کرنے کے لیے اسے استعمال کریں۔`,
  },
  ru: {
    // "Срок действия — 3 минуты": the lifetime in the nominative, as Intl.NumberFormat gives it.
    link: ({ app, link, code, expires }) => `Нажмите здесь, чтобы войти в ${app}: ${link}\n\nИли введите этот код: ${code}\n\nСрок действия ссылки и кода — ${expires}. Если вы их не запрашивали, просто проигнорируйте это сообщение.`,
    emailCode: ({ app, code, expires }) => `Ваш код подтверждения: ${code}\n\nИспользуйте его, чтобы войти в ${app}. Срок действия кода — ${expires}. Если вы его не запрашивали, просто проигнорируйте это письмо.`,
    smsCode: ({ app, code }) => `Ваш код подтверждения: ${code}. Используйте его, чтобы войти в ${app}.`,
  },
  uk: {
    link: ({ app, link, code, expires }) => `Натисніть тут, щоб увійти в ${app}: ${link}\n\nАбо введіть цей код: ${code}\n\nТермін дії посилання й коду — ${expires}. Якщо ви їх не запитували, просто проігноруйте це повідомлення.`,
    emailCode: ({ app, code, expires }) => `Ваш код підтвердження: ${code}\n\nВикористайте його, щоб увійти в ${app}. Термін дії коду — ${expires}. Якщо ви його не запитували, просто проігноруйте цей лист.`,
    smsCode: ({ app, code }) => `Ваш код підтвердження: ${code}. Використайте його, щоб увійти в ${app}.`,
  },
  'zh-tw': {
    link: ({ app, link, code, expires }) => `按一下這裡即可登入 ${app}：${link}\n\n或輸入這個驗證碼：${code}\n\n連結和驗證碼的有效期限為 ${expires}。如果您沒有提出要求，請忽略這則訊息。`,
    emailCode: ({ app, code, expires }) => `您的驗證碼是 ${code}\n\n請用它登入 ${app}。驗證碼的有效期限為 ${expires}。如果您沒有提出要求，請忽略這封電子郵件。`,
    smsCode: ({ app, code }) => `您的驗證碼是 ${code}。請用它登入 ${app}。`,
  },
};

/**
 * The language a message is written in: the start's language (X-Request-Language), else the first one the
 * browser's Accept-Language names; by the element's matching ("pt-BR" → pt, "zh-TW" → zh-tw), else English.
 * @param {string | undefined} requested @param {string | undefined} acceptLanguage
 */
export function messageLanguage(requested, acceptLanguage) {
  const tags = [requested, ...(acceptLanguage ?? '').split(',').map((entry) => entry.split(';')[0]?.trim())];
  for (const tag of tags) {
    const language = tag ? bestLocale(tag, Object.keys(MESSAGE_TEXTS)) : undefined;
    if (language) return language;
  }
  return 'en';
}

/**
 * A code's lifetime in words: whole minutes, else seconds, in the language's own plural ("3 minutes", "3 минуты").
 * @param {string} language @param {number} seconds
 */
export function lifetimeIn(language, seconds) {
  const [unit, count] = seconds % 60 === 0 ? ['minute', seconds / 60] : ['second', seconds];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(count);
}
