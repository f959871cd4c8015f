// @ts-check
// The words of the handler's own HTML pages (pages.js), in the element's languages (src/i18n/locales/). Plain text only: the page
// escapes every string. `{lifetime}` becomes the link's lifetime in words (or `fewMinutes` when the handler is not
// told it), `{site}` the site's host name, isolated for right-to-left text (or `thisSite` when it is not known).

/**
 * @typedef {object} PageCopy
 * @property {string} title the page's title and heading
 * @property {string} lead what happened
 * @property {string} detail why, and what to do
 */
/**
 * @typedef {object} PageMessages
 * @property {'ltr'|'rtl'} dir
 * @property {string} fewMinutes `{lifetime}` when the handler does not know the link's lifetime
 * @property {string} thisSite `{site}` when the handler does not know its host name
 * @property {string} action the link to the sign-in page
 * @property {PageCopy} expired the link's lifetime has passed (Auth0 said so)
 * @property {PageCopy} used Auth0 refused the link: already used, or a newer one replaced it
 * @property {PageCopy} failed something else went wrong (consent, setup, Auth0 down)
 * @property {PageCopy} other_browser a link with no error that this browser cannot finish
 * @property {PageCopy} no_cookies the browser kept none of the site's cookies
 */

/** @type {Record<string, PageMessages>} */
export const PAGE_MESSAGES = {
  en: {
    dir: 'ltr',
    fewMinutes: 'a few minutes',
    thisSite: 'this site',
    action: 'Go to the sign-in page',
    expired: {
      title: 'This sign-in link has expired',
      lead: 'Sign-in links work for {lifetime} only, and only once.',
      detail: 'Ask for a new one on the sign-in page.',
    },
    used: {
      title: 'This sign-in link no longer works',
      lead: 'A sign-in link works only once, and a newer link replaces the ones before it.',
      detail: 'It may have been opened already (some email apps open links to check them), or a newer link was sent since. Ask for a new one on the sign-in page.',
    },
    failed: {
      title: 'This sign-in link could not sign you in',
      lead: 'Something went wrong while finishing the sign-in with this link.',
      detail: 'Try again from the sign-in page. If it happens again, please contact this site.',
    },
    other_browser: {
      title: 'Open the link where you asked for it',
      lead: 'This sign-in link can be finished only in the browser where you asked for it.',
      detail: 'Open it there, or ask for a new one on the sign-in page.',
    },
    no_cookies: {
      title: 'This browser did not keep the sign-in cookie',
      lead: 'To finish a sign-in link here, this site needs a cookie, and this browser did not keep it.',
      detail: 'Allow cookies for {site}, or open the link in the browser where you asked for it.',
    },
  },
  ar: {
    dir: 'rtl',
    fewMinutes: 'بضع دقائق',
    thisSite: 'هذا الموقع',
    action: 'الانتقال إلى صفحة تسجيل الدخول',
    expired: {
      title: 'انتهت صلاحية رابط تسجيل الدخول هذا',
      lead: 'تعمل روابط تسجيل الدخول لمدة {lifetime} فقط، ولمرة واحدة.',
      detail: 'اطلب رابطًا جديدًا من صفحة تسجيل الدخول.',
    },
    used: {
      title: 'لم يعد رابط تسجيل الدخول هذا صالحًا',
      lead: 'يعمل رابط تسجيل الدخول مرة واحدة فقط، والرابط الأحدث يحل محل الروابط السابقة.',
      detail: 'ربما فُتح من قبل (بعض تطبيقات البريد تفتح الروابط لفحصها)، أو أُرسل بعده رابط أحدث. اطلب رابطًا جديدًا من صفحة تسجيل الدخول.',
    },
    failed: {
      title: 'تعذّر تسجيل دخولك بهذا الرابط',
      lead: 'حدث خطأ أثناء إكمال تسجيل الدخول بهذا الرابط.',
      detail: 'حاول مرة أخرى من صفحة تسجيل الدخول. وإذا تكرر ذلك، فتواصل مع هذا الموقع.',
    },
    other_browser: {
      title: 'افتح الرابط في المتصفح الذي طلبته منه',
      lead: 'لا يمكن إكمال تسجيل الدخول بهذا الرابط إلا في المتصفح الذي طلبته منه.',
      detail: 'افتحه هناك، أو اطلب رابطًا جديدًا من صفحة تسجيل الدخول.',
    },
    no_cookies: {
      title: 'لم يحتفظ هذا المتصفح بملف تعريف الارتباط الخاص بتسجيل الدخول',
      lead: 'لإكمال تسجيل الدخول برابط هنا، يحتاج هذا الموقع إلى ملف تعريف ارتباط، ولم يحتفظ به هذا المتصفح.',
      detail: 'اسمح بملفات تعريف الارتباط لـ {site}، أو افتح الرابط في المتصفح الذي طلبته منه.',
    },
  },
  de: {
    dir: 'ltr',
    fewMinutes: 'ein paar Minuten',
    thisSite: 'diese Website',
    action: 'Zur Anmeldeseite',
    expired: {
      title: 'Dieser Anmeldelink ist abgelaufen',
      lead: 'Anmeldelinks gelten nur {lifetime} lang und nur einmal.',
      detail: 'Fordern Sie auf der Anmeldeseite einen neuen an.',
    },
    used: {
      title: 'Dieser Anmeldelink funktioniert nicht mehr',
      lead: 'Ein Anmeldelink funktioniert nur einmal, und ein neuerer Link ersetzt die vorherigen.',
      detail: 'Vielleicht wurde er schon geöffnet (manche E-Mail-Programme öffnen Links, um sie zu prüfen), oder inzwischen wurde ein neuerer Link gesendet. Fordern Sie auf der Anmeldeseite einen neuen an.',
    },
    failed: {
      title: 'Die Anmeldung mit diesem Link hat nicht geklappt',
      lead: 'Beim Abschließen der Anmeldung mit diesem Link ist etwas schiefgegangen.',
      detail: 'Versuchen Sie es auf der Anmeldeseite noch einmal. Wenn es wieder passiert, wenden Sie sich bitte an diese Website.',
    },
    other_browser: {
      title: 'Öffnen Sie den Link dort, wo Sie ihn angefordert haben',
      lead: 'Dieser Anmeldelink lässt sich nur in dem Browser abschließen, in dem Sie ihn angefordert haben.',
      detail: 'Öffnen Sie ihn dort, oder fordern Sie auf der Anmeldeseite einen neuen an.',
    },
    no_cookies: {
      title: 'Dieser Browser hat das Anmelde-Cookie nicht behalten',
      lead: 'Um einen Anmeldelink hier abzuschließen, braucht diese Website ein Cookie, und dieser Browser hat es nicht behalten.',
      detail: 'Erlauben Sie Cookies für {site}, oder öffnen Sie den Link in dem Browser, in dem Sie ihn angefordert haben.',
    },
  },
  es: {
    dir: 'ltr',
    fewMinutes: 'unos minutos',
    thisSite: 'este sitio',
    action: 'Ir a la página de inicio de sesión',
    expired: {
      title: 'Este enlace de acceso ha caducado',
      lead: 'Los enlaces de acceso solo funcionan durante {lifetime} y una sola vez.',
      detail: 'Solicite uno nuevo en la página de inicio de sesión.',
    },
    used: {
      title: 'Este enlace de acceso ya no funciona',
      lead: 'Un enlace de acceso solo sirve una vez, y uno más reciente sustituye a los anteriores.',
      detail: 'Puede que ya se haya abierto (algunos programas de correo abren los enlaces para comprobarlos) o que después se le haya enviado un enlace más reciente. Solicite uno nuevo en la página de inicio de sesión.',
    },
    failed: {
      title: 'No se pudo iniciar sesión con este enlace',
      lead: 'Algo falló al completar el inicio de sesión con este enlace.',
      detail: 'Vuelva a intentarlo desde la página de inicio de sesión. Si vuelve a ocurrir, póngase en contacto con este sitio.',
    },
    other_browser: {
      title: 'Abra el enlace donde lo solicitó',
      lead: 'Este enlace de acceso solo se puede completar en el navegador en el que lo solicitó.',
      detail: 'Ábralo allí o solicite uno nuevo en la página de inicio de sesión.',
    },
    no_cookies: {
      title: 'Este navegador no guardó la cookie de inicio de sesión',
      lead: 'Para completar aquí un inicio de sesión con enlace, este sitio necesita una cookie, y este navegador no la guardó.',
      detail: 'Permita las cookies para {site} o abra el enlace en el navegador en el que lo solicitó.',
    },
  },
  fr: {
    dir: 'ltr',
    fewMinutes: 'quelques minutes',
    thisSite: 'ce site',
    action: 'Aller à la page de connexion',
    expired: {
      title: 'Ce lien de connexion a expiré',
      lead: 'Les liens de connexion ne fonctionnent que pendant {lifetime}, et une seule fois.',
      detail: 'Demandez-en un nouveau sur la page de connexion.',
    },
    used: {
      title: 'Ce lien de connexion ne fonctionne plus',
      lead: 'Un lien de connexion ne sert qu’une fois, et un lien plus récent remplace les précédents.',
      detail: 'Il a peut-être déjà été ouvert (certaines messageries ouvrent les liens pour les vérifier), ou un lien plus récent vous a été envoyé depuis. Demandez-en un nouveau sur la page de connexion.',
    },
    failed: {
      title: 'Ce lien de connexion n’a pas pu vous connecter',
      lead: 'Un problème est survenu pendant la connexion avec ce lien.',
      detail: 'Réessayez depuis la page de connexion. Si le problème se reproduit, contactez ce site.',
    },
    other_browser: {
      title: 'Ouvrez le lien là où vous l’avez demandé',
      lead: 'Ce lien de connexion ne peut être utilisé que dans le navigateur où vous l’avez demandé.',
      detail: 'Ouvrez-le dans ce navigateur, ou demandez-en un nouveau sur la page de connexion.',
    },
    no_cookies: {
      title: 'Ce navigateur n’a pas conservé le cookie de connexion',
      lead: 'Pour terminer ici une connexion par lien, ce site a besoin d’un cookie, et ce navigateur ne l’a pas conservé.',
      detail: 'Autorisez les cookies pour {site}, ou ouvrez le lien dans le navigateur où vous l’avez demandé.',
    },
  },
  he: {
    dir: 'rtl',
    fewMinutes: 'כמה דקות',
    thisSite: 'האתר הזה',
    action: 'מעבר לדף הכניסה',
    expired: {
      title: 'פג התוקף של קישור הכניסה הזה',
      lead: 'קישורי כניסה פועלים למשך {lifetime} בלבד, ופעם אחת בלבד.',
      detail: 'אפשר לבקש קישור חדש בדף הכניסה.',
    },
    used: {
      title: 'קישור הכניסה הזה כבר לא פועל',
      lead: 'קישור כניסה פועל פעם אחת בלבד, וקישור חדש יותר מחליף את הקודמים.',
      detail: 'ייתכן שהוא כבר נפתח (חלק מתוכנות הדואר פותחות קישורים כדי לבדוק אותם), או שנשלח מאז קישור חדש יותר. אפשר לבקש קישור חדש בדף הכניסה.',
    },
    failed: {
      title: 'לא ניתן היה להיכנס עם קישור הכניסה הזה',
      lead: 'משהו השתבש בזמן השלמת הכניסה עם הקישור הזה.',
      detail: 'יש לנסות שוב מדף הכניסה. אם זה קורה שוב, כדאי לפנות לאתר הזה.',
    },
    other_browser: {
      title: 'יש לפתוח את הקישור בדפדפן שבו הוא התבקש',
      lead: 'אפשר להשלים את הכניסה עם הקישור הזה רק בדפדפן שבו הוא התבקש.',
      detail: 'יש לפתוח אותו שם, או לבקש קישור חדש בדף הכניסה.',
    },
    no_cookies: {
      title: 'הדפדפן הזה לא שמר את קובץ ה-Cookie של הכניסה',
      lead: 'כדי להשלים כאן כניסה עם קישור, האתר הזה צריך קובץ Cookie, והדפדפן הזה לא שמר אותו.',
      detail: 'יש לאפשר קובצי Cookie עבור {site}, או לפתוח את הקישור בדפדפן שבו הוא התבקש.',
    },
  },
  hi: {
    dir: 'ltr',
    fewMinutes: 'कुछ मिनट',
    thisSite: 'इस साइट',
    action: 'साइन-इन पेज पर जाएँ',
    expired: {
      title: 'इस साइन-इन लिंक की समय-सीमा ख़त्म हो गई है',
      lead: 'साइन-इन लिंक सिर्फ़ {lifetime} तक और सिर्फ़ एक बार काम करते हैं।',
      detail: 'साइन-इन पेज पर नया लिंक मँगवाएँ।',
    },
    used: {
      title: 'यह साइन-इन लिंक अब काम नहीं करता',
      lead: 'साइन-इन लिंक सिर्फ़ एक बार काम करता है, और नया लिंक पिछले लिंक की जगह ले लेता है।',
      detail: 'हो सकता है इसे पहले ही खोला जा चुका हो (कुछ ईमेल ऐप जाँचने के लिए लिंक खोल लेते हैं), या उसके बाद नया लिंक भेजा गया हो। साइन-इन पेज पर नया लिंक मँगवाएँ।',
    },
    failed: {
      title: 'इस साइन-इन लिंक से साइन इन नहीं हो सका',
      lead: 'इस लिंक से साइन इन पूरा करते समय कुछ गड़बड़ हो गई।',
      detail: 'साइन-इन पेज से फिर से कोशिश करें। अगर ऐसा दोबारा हो, तो इस साइट से संपर्क करें।',
    },
    other_browser: {
      title: 'लिंक उसी ब्राउज़र में खोलें जिसमें आपने उसे मँगवाया था',
      lead: 'यह साइन-इन लिंक सिर्फ़ उसी ब्राउज़र में पूरा हो सकता है जिसमें आपने उसे मँगवाया था।',
      detail: 'इसे वहीं खोलें, या साइन-इन पेज पर नया लिंक मँगवाएँ।',
    },
    no_cookies: {
      title: 'इस ब्राउज़र ने साइन-इन कुकी नहीं रखी',
      lead: 'यहाँ लिंक से साइन इन पूरा करने के लिए इस साइट को एक कुकी चाहिए, और इस ब्राउज़र ने उसे नहीं रखा।',
      detail: '{site} के लिए कुकी की अनुमति दें, या लिंक उसी ब्राउज़र में खोलें जिसमें आपने उसे मँगवाया था।',
    },
  },
  it: {
    dir: 'ltr',
    fewMinutes: 'pochi minuti',
    thisSite: 'questo sito',
    action: 'Vai alla pagina di accesso',
    expired: {
      title: 'Questo link di accesso è scaduto',
      lead: 'I link di accesso funzionano solo per {lifetime} e una sola volta.',
      detail: 'Richiedine uno nuovo dalla pagina di accesso.',
    },
    used: {
      title: 'Questo link di accesso non funziona più',
      lead: 'Un link di accesso funziona una sola volta, e un link più recente sostituisce quelli precedenti.',
      detail: 'Potrebbe essere già stato aperto (alcuni programmi di posta aprono i link per controllarli), oppure nel frattempo ti è stato inviato un link più recente. Richiedine uno nuovo dalla pagina di accesso.',
    },
    failed: {
      title: 'Non è stato possibile accedere con questo link',
      lead: 'Qualcosa è andato storto durante l’accesso con questo link.',
      detail: 'Riprova dalla pagina di accesso. Se succede di nuovo, contatta questo sito.',
    },
    other_browser: {
      title: 'Apri il link dove l’hai richiesto',
      lead: 'Questo link di accesso si può completare solo nel browser in cui l’hai richiesto.',
      detail: 'Aprilo lì, oppure richiedine uno nuovo dalla pagina di accesso.',
    },
    no_cookies: {
      title: 'Questo browser non ha conservato il cookie di accesso',
      lead: 'Per completare qui l’accesso con un link, questo sito ha bisogno di un cookie, e questo browser non l’ha conservato.',
      detail: 'Consenti i cookie per {site}, oppure apri il link nel browser in cui l’hai richiesto.',
    },
  },
  ja: {
    dir: 'ltr',
    fewMinutes: '数分',
    thisSite: 'このサイト',
    action: 'ログインページへ',
    expired: {
      title: 'このログインリンクは有効期限が切れています',
      lead: 'ログインリンクの有効期間は{lifetime}で、使えるのは一度だけです。',
      detail: 'ログインページで新しいリンクをリクエストしてください。',
    },
    used: {
      title: 'このログインリンクはもう使えません',
      lead: 'ログインリンクは一度しか使えず、新しいリンクが送信されると以前のリンクは無効になります。',
      detail: 'すでに開かれたか（メールアプリによっては確認のためにリンクを開くことがあります）、その後に新しいリンクが送信された可能性があります。ログインページで新しいリンクをリクエストしてください。',
    },
    failed: {
      title: 'このログインリンクではログインできませんでした',
      lead: 'このリンクでログインを完了する途中で問題が発生しました。',
      detail: 'ログインページからもう一度お試しください。繰り返し起こる場合は、このサイトにお問い合わせください。',
    },
    other_browser: {
      title: 'リンクをリクエストしたブラウザで開いてください',
      lead: 'このログインリンクでは、リクエストしたブラウザでしかログインを完了できません。',
      detail: 'そのブラウザで開くか、ログインページで新しいリンクをリクエストしてください。',
    },
    no_cookies: {
      title: 'このブラウザにログイン用のCookieが保存されませんでした',
      lead: 'ここでリンクによるログインを完了するにはCookieが必要ですが、このブラウザには保存されませんでした。',
      detail: '{site} のCookieを許可するか、リンクをリクエストしたブラウザで開いてください。',
    },
  },
  nl: {
    dir: 'ltr',
    fewMinutes: 'een paar minuten',
    thisSite: 'deze website',
    action: 'Naar de inlogpagina',
    expired: {
      title: 'Deze inloglink is verlopen',
      lead: 'Inloglinks werken maar {lifetime} lang, en maar één keer.',
      detail: 'Vraag op de inlogpagina een nieuwe aan.',
    },
    used: {
      title: 'Deze inloglink werkt niet meer',
      lead: 'Een inloglink werkt maar één keer, en een nieuwere link vervangt de vorige.',
      detail: 'Misschien is hij al geopend (sommige e-mailprogramma’s openen links om ze te controleren), of is er intussen een nieuwere link verstuurd. Vraag op de inlogpagina een nieuwe aan.',
    },
    failed: {
      title: 'Inloggen met deze link is niet gelukt',
      lead: 'Er ging iets mis bij het afronden van het inloggen met deze link.',
      detail: 'Probeer het opnieuw via de inlogpagina. Gebeurt het weer, neem dan contact op met deze website.',
    },
    other_browser: {
      title: 'Open de link waar u hem hebt aangevraagd',
      lead: 'Deze inloglink kan alleen worden afgerond in de browser waarin u hem hebt aangevraagd.',
      detail: 'Open hem daar, of vraag op de inlogpagina een nieuwe aan.',
    },
    no_cookies: {
      title: 'Deze browser heeft de inlogcookie niet bewaard',
      lead: 'Om hier met een link in te loggen, heeft deze website een cookie nodig, en deze browser heeft die niet bewaard.',
      detail: 'Sta cookies toe voor {site}, of open de link in de browser waarin u hem hebt aangevraagd.',
    },
  },
  pl: {
    dir: 'ltr',
    fewMinutes: 'kilka minut',
    thisSite: 'tej witryny',
    action: 'Przejdź do strony logowania',
    expired: {
      title: 'Ten link do logowania wygasł',
      lead: 'Link do logowania działa tylko raz, a jego ważność to {lifetime}.',
      detail: 'Poproś o nowy na stronie logowania.',
    },
    used: {
      title: 'Ten link do logowania już nie działa',
      lead: 'Link do logowania działa tylko raz, a nowszy link zastępuje poprzednie.',
      detail: 'Mógł już zostać otwarty (niektóre programy pocztowe otwierają linki, żeby je sprawdzić) albo w międzyczasie wysłano nowszy link. Poproś o nowy na stronie logowania.',
    },
    failed: {
      title: 'Nie udało się zalogować za pomocą tego linku',
      lead: 'Coś poszło nie tak podczas kończenia logowania tym linkiem.',
      detail: 'Spróbuj ponownie na stronie logowania. Jeśli to się powtórzy, skontaktuj się z tą witryną.',
    },
    other_browser: {
      title: 'Otwórz link w przeglądarce, w której o niego poproszono',
      lead: 'Logowanie tym linkiem można dokończyć tylko w przeglądarce, w której o niego poproszono.',
      detail: 'Otwórz go tam albo poproś o nowy na stronie logowania.',
    },
    no_cookies: {
      title: 'Ta przeglądarka nie zachowała pliku cookie logowania',
      lead: 'Aby dokończyć tu logowanie przez link, ta witryna potrzebuje pliku cookie, a ta przeglądarka go nie zachowała.',
      detail: 'Zezwól na pliki cookie dla {site} albo otwórz link w przeglądarce, w której o niego poproszono.',
    },
  },
  pt: {
    dir: 'ltr',
    fewMinutes: 'alguns minutos',
    thisSite: 'este site',
    action: 'Ir para a página de acesso',
    expired: {
      title: 'Este link de acesso expirou',
      lead: 'Os links de acesso só funcionam durante {lifetime} e uma única vez.',
      detail: 'Peça um novo na página de acesso.',
    },
    used: {
      title: 'Este link de acesso não funciona mais',
      lead: 'Um link de acesso só funciona uma vez, e um link mais recente substitui os anteriores.',
      detail: 'Talvez ele já tenha sido aberto (alguns programas de e-mail abrem os links para verificá-los), ou um link mais recente foi enviado depois. Peça um novo na página de acesso.',
    },
    failed: {
      title: 'Não foi possível entrar com este link',
      lead: 'Algo deu errado ao concluir o acesso com este link.',
      detail: 'Tente de novo na página de acesso. Se acontecer outra vez, entre em contato com este site.',
    },
    other_browser: {
      title: 'Abra o link onde você o pediu',
      lead: 'Este link de acesso só pode ser concluído no navegador em que você o pediu.',
      detail: 'Abra-o lá, ou peça um novo na página de acesso.',
    },
    no_cookies: {
      title: 'Este navegador não guardou o cookie de acesso',
      lead: 'Para concluir aqui um acesso por link, este site precisa de um cookie, e este navegador não o guardou.',
      detail: 'Permita cookies para {site}, ou abra o link no navegador em que você o pediu.',
    },
  },
  sv: {
    dir: 'ltr',
    fewMinutes: 'några minuter',
    thisSite: 'den här webbplatsen',
    action: 'Gå till inloggningssidan',
    expired: {
      title: 'Inloggningslänken har slutat gälla',
      lead: 'Inloggningslänkar fungerar bara i {lifetime} och bara en gång.',
      detail: 'Begär en ny på inloggningssidan.',
    },
    used: {
      title: 'Inloggningslänken fungerar inte längre',
      lead: 'En inloggningslänk fungerar bara en gång, och en nyare länk ersätter de tidigare.',
      detail: 'Den kan redan ha öppnats (vissa e-postprogram öppnar länkar för att kontrollera dem), eller så har en nyare länk skickats sedan dess. Begär en ny på inloggningssidan.',
    },
    failed: {
      title: 'Det gick inte att logga in med den här länken',
      lead: 'Något gick fel när inloggningen med den här länken skulle slutföras.',
      detail: 'Försök igen från inloggningssidan. Om det händer igen, kontakta den här webbplatsen.',
    },
    other_browser: {
      title: 'Öppna länken där du begärde den',
      lead: 'Den här inloggningslänken kan bara slutföras i webbläsaren där du begärde den.',
      detail: 'Öppna den där, eller begär en ny på inloggningssidan.',
    },
    no_cookies: {
      title: 'Webbläsaren sparade inte inloggningscookien',
      lead: 'För att slutföra en inloggning via länk här behöver webbplatsen en cookie, och den här webbläsaren sparade den inte.',
      detail: 'Tillåt cookies för {site}, eller öppna länken i webbläsaren där du begärde den.',
    },
  },
  zh: {
    dir: 'ltr',
    fewMinutes: '几分钟',
    thisSite: '本网站',
    action: '前往登录页面',
    expired: {
      title: '此登录链接已过期',
      lead: '登录链接的有效期为{lifetime}，且只能使用一次。',
      detail: '请在登录页面重新获取。',
    },
    used: {
      title: '此登录链接已失效',
      lead: '每个登录链接只能使用一次，而且新链接会使之前的链接失效。',
      detail: '它可能已被打开过（有些邮件应用会打开链接进行检查），或者之后又发送了新链接。请在登录页面重新获取。',
    },
    failed: {
      title: '无法通过此登录链接登录',
      lead: '使用此链接完成登录时出现了问题。',
      detail: '请从登录页面重试。如果问题再次出现，请联系本网站。',
    },
    other_browser: {
      title: '请在获取链接的浏览器中打开',
      lead: '此登录链接只能在您获取它的浏览器中完成登录。',
      detail: '请在那个浏览器中打开，或在登录页面重新获取。',
    },
    no_cookies: {
      title: '此浏览器没有保留登录 Cookie',
      lead: '要在这里通过链接完成登录，本网站需要一个 Cookie，但此浏览器没有保留它。',
      detail: '请允许 {site} 使用 Cookie，或在获取链接的浏览器中打开它。',
    },
  },
  fa: {
    dir: 'rtl',
    fewMinutes: 'چند دقیقه',
    thisSite: 'این سایت',
    action: 'رفتن به صفحهٔ ورود',
    expired: {
      title: 'اعتبار این پیوند ورود تمام شده است',
      lead: 'پیوندهای ورود فقط {lifetime} و فقط یک بار کار می‌کنند.',
      detail: 'در صفحهٔ ورود پیوند تازه‌ای درخواست کنید.',
    },
    used: {
      title: 'این پیوند ورود دیگر کار نمی‌کند',
      lead: 'هر پیوند ورود فقط یک بار کار می‌کند و پیوند تازه‌تر جای پیوندهای قبلی را می‌گیرد.',
      detail: 'شاید پیش‌تر باز شده باشد (برخی برنامه‌های ایمیل پیوندها را برای بررسی باز می‌کنند) یا پس از آن پیوند تازه‌تری فرستاده شده باشد. در صفحهٔ ورود پیوند تازه‌ای درخواست کنید.',
    },
    failed: {
      title: 'ورود با این پیوند انجام نشد',
      lead: 'هنگام تکمیل ورود با این پیوند مشکلی پیش آمد.',
      detail: 'از صفحهٔ ورود دوباره تلاش کنید. اگر باز هم پیش آمد، لطفاً با این سایت تماس بگیرید.',
    },
    other_browser: {
      title: 'پیوند را همان‌جایی باز کنید که درخواستش کردید',
      lead: 'ورود با این پیوند فقط در مرورگری کامل می‌شود که آن را از آن درخواست کردید.',
      detail: 'آن را همان‌جا باز کنید یا در صفحهٔ ورود پیوند تازه‌ای درخواست کنید.',
    },
    no_cookies: {
      title: 'این مرورگر کوکی ورود را نگه نداشت',
      lead: 'برای تکمیل ورود با پیوند در اینجا، این سایت به یک کوکی نیاز دارد و این مرورگر آن را نگه نداشت.',
      detail: 'کوکی‌ها را برای {site} مجاز کنید یا پیوند را در مرورگری باز کنید که آن را از آن درخواست کردید.',
    },
  },
  ur: {
    dir: 'rtl',
    fewMinutes: 'چند منٹ',
    thisSite: 'یہ سائٹ',
    action: 'سائن ان صفحے پر جائیں',
    expired: {
      title: 'اس سائن ان لنک کی میعاد ختم ہو گئی ہے',
      lead: 'سائن ان لنک صرف {lifetime} تک اور صرف ایک بار کام کرتے ہیں۔',
      detail: 'سائن ان صفحے پر نیا لنک منگوائیں۔',
    },
    used: {
      title: 'یہ سائن ان لنک اب کام نہیں کرتا',
      lead: 'سائن ان لنک صرف ایک بار کام کرتا ہے، اور نیا لنک پچھلے لنکس کی جگہ لے لیتا ہے۔',
      detail: 'ہو سکتا ہے یہ پہلے ہی کھولا جا چکا ہو (کچھ ای میل ایپس لنکس کو جانچنے کے لیے کھولتی ہیں)، یا اس کے بعد نیا لنک بھیجا گیا ہو۔ سائن ان صفحے پر نیا لنک منگوائیں۔',
    },
    failed: {
      title: 'اس سائن ان لنک سے آپ سائن ان نہیں ہو سکے',
      lead: 'اس لنک سے سائن ان مکمل کرتے ہوئے کچھ غلط ہو گیا۔',
      detail: 'سائن ان صفحے سے دوبارہ کوشش کریں۔ اگر پھر ایسا ہو تو براہ کرم اس سائٹ سے رابطہ کریں۔',
    },
    other_browser: {
      title: 'لنک وہیں کھولیں جہاں سے آپ نے اسے منگوایا تھا',
      lead: 'یہ سائن ان لنک صرف اسی براؤزر میں مکمل ہو سکتا ہے جس سے آپ نے اسے منگوایا تھا۔',
      detail: 'اسے وہیں کھولیں، یا سائن ان صفحے پر نیا لنک منگوائیں۔',
    },
    no_cookies: {
      title: 'اس براؤزر نے سائن ان کوکی محفوظ نہیں رکھی',
      lead: 'یہاں سائن ان لنک مکمل کرنے کے لیے اس سائٹ کو ایک کوکی درکار ہے، اور اس براؤزر نے اسے محفوظ نہیں رکھا۔',
      detail: '{site} کے لیے کوکیز کی اجازت دیں، یا لنک اسی براؤزر میں کھولیں جس سے آپ نے اسے منگوایا تھا۔',
    },
  },
  ru: {
    dir: 'ltr',
    fewMinutes: 'несколько минут',
    thisSite: 'этот сайт',
    action: 'Перейти на страницу входа',
    expired: {
      title: 'Срок действия этой ссылки для входа истёк',
      // "— 3 минуты": the lifetime in the nominative, as Intl.NumberFormat gives it.
      lead: 'Срок действия ссылки для входа — {lifetime}, и использовать её можно только один раз.',
      detail: 'Запросите новую на странице входа.',
    },
    used: {
      title: 'Эта ссылка для входа больше не работает',
      lead: 'Ссылка для входа работает только один раз, а новая ссылка заменяет все предыдущие.',
      detail: 'Возможно, её уже открыли (некоторые почтовые программы открывают ссылки, чтобы их проверить), или после неё была отправлена новая. Запросите новую на странице входа.',
    },
    failed: {
      title: 'Не удалось войти по этой ссылке',
      lead: 'При завершении входа по этой ссылке что-то пошло не так.',
      detail: 'Попробуйте ещё раз со страницы входа. Если ошибка повторится, обратитесь к владельцу этого сайта.',
    },
    other_browser: {
      title: 'Откройте ссылку там, где вы её запросили',
      lead: 'Завершить вход по этой ссылке можно только в том браузере, в котором вы её запросили.',
      detail: 'Откройте её там или запросите новую на странице входа.',
    },
    no_cookies: {
      title: 'Этот браузер не сохранил файл cookie для входа',
      lead: 'Чтобы завершить здесь вход по ссылке, этому сайту нужен файл cookie, а этот браузер его не сохранил.',
      detail: 'Разрешите файлы cookie для {site} или откройте ссылку в том браузере, в котором вы её запросили.',
    },
  },
  uk: {
    dir: 'ltr',
    fewMinutes: 'кілька хвилин',
    thisSite: 'цей сайт',
    action: 'Перейти на сторінку входу',
    expired: {
      title: 'Термін дії цього посилання для входу минув',
      // "— 3 хвилини": the lifetime in the nominative, as Intl.NumberFormat gives it.
      lead: 'Термін дії посилання для входу — {lifetime}, і використати його можна лише один раз.',
      detail: 'Запросіть нове на сторінці входу.',
    },
    used: {
      title: 'Це посилання для входу більше не працює',
      lead: 'Посилання для входу працює лише один раз, а новіше посилання замінює всі попередні.',
      detail: 'Можливо, його вже відкрили (деякі поштові програми відкривають посилання, щоб їх перевірити), або після нього надіслали новіше. Запросіть нове на сторінці входу.',
    },
    failed: {
      title: 'Не вдалося ввійти за цим посиланням',
      lead: 'Під час завершення входу за цим посиланням щось пішло не так.',
      detail: 'Спробуйте ще раз зі сторінки входу. Якщо це повториться, зверніться до власника цього сайту.',
    },
    other_browser: {
      title: 'Відкрийте посилання там, де ви його запросили',
      lead: 'Завершити вхід за цим посиланням можна лише в тому браузері, у якому ви його запросили.',
      detail: 'Відкрийте його там або запросіть нове на сторінці входу.',
    },
    no_cookies: {
      title: 'Цей браузер не зберіг файл cookie для входу',
      lead: 'Щоб завершити тут вхід за посиланням, цьому сайту потрібен файл cookie, а цей браузер його не зберіг.',
      detail: 'Дозвольте файли cookie для {site} або відкрийте посилання в тому браузері, у якому ви його запросили.',
    },
  },
  'zh-tw': {
    dir: 'ltr',
    fewMinutes: '幾分鐘',
    thisSite: '本網站',
    action: '前往登入頁面',
    expired: {
      title: '這個登入連結已過期',
      lead: '登入連結的有效期限為{lifetime}，且只能使用一次。',
      detail: '請在登入頁面重新索取。',
    },
    used: {
      title: '這個登入連結已失效',
      lead: '每個登入連結只能使用一次，而且新的連結會讓先前的連結失效。',
      detail: '它可能已經被開啟過（有些電子郵件應用程式會開啟連結進行檢查），或之後又寄出了新的連結。請在登入頁面重新索取。',
    },
    failed: {
      title: '無法透過這個登入連結登入',
      lead: '使用這個連結完成登入時發生問題。',
      detail: '請從登入頁面再試一次。如果問題再次發生，請與本網站聯絡。',
    },
    other_browser: {
      title: '請在索取連結的瀏覽器中開啟',
      lead: '這個登入連結只能在您索取它的瀏覽器中完成登入。',
      detail: '請在那個瀏覽器中開啟，或在登入頁面重新索取。',
    },
    no_cookies: {
      title: '這個瀏覽器沒有保留登入 Cookie',
      lead: '要在這裡透過連結完成登入，本網站需要一個 Cookie，但這個瀏覽器沒有保留它。',
      detail: '請允許 {site} 使用 Cookie，或在索取連結的瀏覽器中開啟。',
    },
  },
};

/** The languages the pages speak: the element's. */
export const PAGE_LANGUAGES = Object.keys(PAGE_MESSAGES);
