// @ts-check
// The words of the handler's own HTML pages (pages.js), in each of the element's languages. Plain text only: the page
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
  da: {
    dir: 'ltr',
    fewMinutes: 'et par minutter',
    thisSite: 'dette websted',
    action: 'Gå til loginsiden',
    expired: {
      title: 'Dette loginlink er udløbet',
      lead: 'Loginlinks virker kun i {lifetime} og kun én gang.',
      detail: 'Bed om et nyt på loginsiden.',
    },
    used: {
      title: 'Dette loginlink virker ikke længere',
      lead: 'Et loginlink virker kun én gang, og et nyere link erstatter de tidligere.',
      detail: 'Det er måske allerede blevet åbnet (nogle mailprogrammer åbner links for at tjekke dem), eller der er sendt et nyere link siden. Bed om et nyt på loginsiden.',
    },
    failed: {
      title: 'Du kunne ikke logge ind med dette link',
      lead: 'Noget gik galt, da login med dette link skulle gennemføres.',
      detail: 'Prøv igen fra loginsiden. Hvis det sker igen, så kontakt dette websted.',
    },
    other_browser: {
      title: 'Åbn linket der, hvor du bad om det',
      lead: 'Login med dette link kan kun gennemføres i den browser, hvor du bad om det.',
      detail: 'Åbn det der, eller bed om et nyt på loginsiden.',
    },
    no_cookies: {
      title: 'Denne browser har ikke gemt logincookien',
      lead: 'For at gennemføre login med et link her skal dette websted bruge en cookie, og denne browser har ikke gemt den.',
      detail: 'Tillad cookies for {site}, eller åbn linket i den browser, hvor du bad om det.',
    },
  },
  nb: {
    dir: 'ltr',
    fewMinutes: 'noen minutter',
    thisSite: 'dette nettstedet',
    action: 'Gå til innloggingssiden',
    expired: {
      title: 'Denne innloggingslenken er utløpt',
      lead: 'Innloggingslenker virker bare i {lifetime}, og bare én gang.',
      detail: 'Be om en ny på innloggingssiden.',
    },
    used: {
      title: 'Denne innloggingslenken virker ikke lenger',
      lead: 'En innloggingslenke virker bare én gang, og en nyere lenke erstatter de tidligere.',
      detail: 'Den kan allerede ha blitt åpnet (noen e-postprogrammer åpner lenker for å sjekke dem), eller det er sendt en nyere lenke siden. Be om en ny på innloggingssiden.',
    },
    failed: {
      title: 'Du ble ikke logget inn med denne lenken',
      lead: 'Noe gikk galt da innloggingen med denne lenken skulle fullføres.',
      detail: 'Prøv igjen fra innloggingssiden. Hvis det skjer igjen, kan du kontakte dette nettstedet.',
    },
    other_browser: {
      title: 'Åpne lenken der du ba om den',
      lead: 'Innloggingen med denne lenken kan bare fullføres i nettleseren der du ba om den.',
      detail: 'Åpne den der, eller be om en ny på innloggingssiden.',
    },
    no_cookies: {
      title: 'Denne nettleseren lagret ikke informasjonskapselen for innlogging',
      lead: 'For å fullføre en innlogging med lenke her trenger dette nettstedet en informasjonskapsel, og denne nettleseren lagret den ikke.',
      detail: 'Tillat informasjonskapsler for {site}, eller åpne lenken i nettleseren der du ba om den.',
    },
  },
  is: {
    dir: 'ltr',
    fewMinutes: 'nokkrar mínútur',
    thisSite: 'þennan vef',
    action: 'Fara á innskráningarsíðuna',
    expired: {
      title: 'Þessi innskráningartengill er útrunninn',
      lead: 'Gildistími innskráningartengla er {lifetime} og hvern tengil má aðeins nota einu sinni.',
      detail: 'Biddu um nýjan á innskráningarsíðunni.',
    },
    used: {
      title: 'Þessi innskráningartengill virkar ekki lengur',
      lead: 'Innskráningartengill virkar aðeins einu sinni og nýrri tengill kemur í stað þeirra sem á undan komu.',
      detail: 'Hugsanlega hefur hann þegar verið opnaður (sum tölvupóstforrit opna tengla til að athuga þá) eða nýrri tengill verið sendur síðan. Biddu um nýjan á innskráningarsíðunni.',
    },
    failed: {
      title: 'Ekki tókst að skrá þig inn með þessum tengli',
      lead: 'Eitthvað fór úrskeiðis þegar verið var að ljúka innskráningunni með þessum tengli.',
      detail: 'Reyndu aftur á innskráningarsíðunni. Ef þetta gerist aftur skaltu hafa samband við þennan vef.',
    },
    other_browser: {
      title: 'Opnaðu tengilinn þar sem þú baðst um hann',
      lead: 'Aðeins er hægt að ljúka innskráningu með þessum tengli í vafranum þar sem þú baðst um hann.',
      detail: 'Opnaðu hann þar eða biddu um nýjan á innskráningarsíðunni.',
    },
    no_cookies: {
      title: 'Þessi vafri geymdi ekki innskráningarvefkökuna',
      lead: 'Til að ljúka innskráningu með tengli hér þarf þessi vefur vefköku og þessi vafri geymdi hana ekki.',
      detail: 'Leyfðu vefkökur fyrir {site} eða opnaðu tengilinn í vafranum þar sem þú baðst um hann.',
    },
  },
  cy: {
    dir: 'ltr',
    fewMinutes: 'ychydig funudau',
    thisSite: 'y wefan hon',
    action: 'Mynd i’r dudalen mewngofnodi',
    expired: {
      title: 'Mae’r ddolen mewngofnodi hon wedi dod i ben',
      lead: 'Mae dolenni mewngofnodi’n gweithio am {lifetime} yn unig, a dim ond unwaith.',
      detail: 'Gofynnwch am un newydd ar y dudalen mewngofnodi.',
    },
    used: {
      title: 'Nid yw’r ddolen mewngofnodi hon yn gweithio mwyach',
      lead: 'Dim ond unwaith y mae dolen mewngofnodi’n gweithio, ac mae dolen fwy newydd yn cymryd lle’r rhai o’i blaen.',
      detail: 'Efallai ei bod wedi’i hagor yn barod (mae rhai apiau e-bost yn agor dolenni i’w gwirio), neu fod dolen fwy newydd wedi’i hanfon ers hynny. Gofynnwch am un newydd ar y dudalen mewngofnodi.',
    },
    failed: {
      title: 'Doedd dim modd eich mewngofnodi gyda’r ddolen hon',
      lead: 'Aeth rhywbeth o’i le wrth orffen mewngofnodi gyda’r ddolen hon.',
      detail: 'Rhowch gynnig arall arni o’r dudalen mewngofnodi. Os bydd yn digwydd eto, cysylltwch â’r wefan hon.',
    },
    other_browser: {
      title: 'Agorwch y ddolen lle gwnaethoch ofyn amdani',
      lead: 'Dim ond yn y porwr lle gwnaethoch ofyn am y ddolen mewngofnodi hon y mae modd gorffen mewngofnodi gyda hi.',
      detail: 'Agorwch hi yno, neu gofynnwch am un newydd ar y dudalen mewngofnodi.',
    },
    no_cookies: {
      title: 'Wnaeth y porwr hwn ddim cadw’r cwci mewngofnodi',
      lead: 'I orffen mewngofnodi gyda dolen yma, mae angen cwci ar y wefan hon, ac ni chadwodd y porwr hwn y cwci.',
      detail: 'Caniatewch gwcis ar gyfer {site}, neu agorwch y ddolen yn y porwr lle gwnaethoch ofyn amdani.',
    },
  },
  ca: {
    dir: 'ltr',
    fewMinutes: 'uns quants minuts',
    thisSite: 'aquest lloc web',
    action: 'Ves a la pàgina d’inici de sessió',
    expired: {
      title: 'Aquest enllaç d’inici de sessió ha caducat',
      lead: 'Els enllaços d’inici de sessió només funcionen durant {lifetime} i només una vegada.',
      detail: 'Demana’n un de nou a la pàgina d’inici de sessió.',
    },
    used: {
      title: 'Aquest enllaç d’inici de sessió ja no funciona',
      lead: 'Un enllaç d’inici de sessió només funciona una vegada, i un enllaç més recent substitueix els anteriors.',
      detail: 'Potser ja s’ha obert (algunes aplicacions de correu obren els enllaços per comprovar-los), o després se n’ha enviat un de més recent. Demana’n un de nou a la pàgina d’inici de sessió.',
    },
    failed: {
      title: 'No s’ha pogut iniciar la sessió amb aquest enllaç',
      lead: 'Alguna cosa ha anat malament en acabar d’iniciar la sessió amb aquest enllaç.',
      detail: 'Torna-ho a provar des de la pàgina d’inici de sessió. Si torna a passar, posa’t en contacte amb aquest lloc web.',
    },
    other_browser: {
      title: 'Obre l’enllaç on l’has demanat',
      lead: 'Aquest enllaç d’inici de sessió només es pot completar al navegador on l’has demanat.',
      detail: 'Obre’l allà o demana’n un de nou a la pàgina d’inici de sessió.',
    },
    no_cookies: {
      title: 'Aquest navegador no ha desat la galeta d’inici de sessió',
      lead: 'Per completar aquí un inici de sessió amb enllaç, aquest lloc web necessita una galeta, i aquest navegador no l’ha desada.',
      detail: 'Permet les galetes per a {site} o obre l’enllaç al navegador on l’has demanat.',
    },
  },
  eu: {
    dir: 'ltr',
    fewMinutes: 'minutu batzuk',
    thisSite: 'webgune hau',
    action: 'Joan saioa hasteko orrira',
    expired: {
      title: 'Saioa hasteko esteka hau iraungi egin da',
      lead: 'Saioa hasteko estekek {lifetime} baino ez dute balio, eta behin bakarrik erabil daitezke.',
      detail: 'Eskatu beste bat saioa hasteko orrian.',
    },
    used: {
      title: 'Saioa hasteko esteka honek ez du gehiago funtzionatzen',
      lead: 'Saioa hasteko esteka batek behin bakarrik funtzionatzen du, eta esteka berriago batek aurrekoak ordezten ditu.',
      detail: 'Baliteke dagoeneko irekita egotea (posta-aplikazio batzuek estekak irekitzen dituzte egiaztatzeko), edo geroztik esteka berriago bat bidali izana. Eskatu beste bat saioa hasteko orrian.',
    },
    failed: {
      title: 'Ezin izan da saioa hasi esteka honekin',
      lead: 'Zerbait gaizki joan da esteka honekin saioa hasten amaitzean.',
      detail: 'Saiatu berriro saioa hasteko orritik. Berriro gertatzen bada, jarri harremanetan webgune honekin.',
    },
    other_browser: {
      title: 'Ireki esteka eskatu duzun lekuan',
      lead: 'Saioa hasteko esteka honekin eskatu duzun arakatzailean bakarrik amai daiteke saioa hasten.',
      detail: 'Ireki han, edo eskatu beste bat saioa hasteko orrian.',
    },
    no_cookies: {
      title: 'Arakatzaile honek ez du gorde saioa hasteko cookiea',
      lead: 'Hemen esteka batekin saioa hasten amaitzeko, webgune honek cookie bat behar du, eta arakatzaile honek ez du gorde.',
      detail: 'Baimendu cookieak {site} erabiltzeko, edo ireki esteka eskatu duzun arakatzailean.',
    },
  },
  gl: {
    dir: 'ltr',
    fewMinutes: 'uns minutos',
    thisSite: 'este sitio web',
    action: 'Ir á páxina de inicio de sesión',
    expired: {
      title: 'Esta ligazón de inicio de sesión caducou',
      lead: 'As ligazóns de inicio de sesión só funcionan durante {lifetime} e só unha vez.',
      detail: 'Pide unha nova na páxina de inicio de sesión.',
    },
    used: {
      title: 'Esta ligazón de inicio de sesión xa non funciona',
      lead: 'Unha ligazón de inicio de sesión só funciona unha vez, e unha ligazón máis recente substitúe as anteriores.',
      detail: 'Quizais xa se abriu (algunhas aplicacións de correo abren as ligazóns para comprobalas) ou despois enviouse unha máis recente. Pide unha nova na páxina de inicio de sesión.',
    },
    failed: {
      title: 'Non se puido iniciar sesión con esta ligazón',
      lead: 'Algo saíu mal ao completar o inicio de sesión con esta ligazón.',
      detail: 'Téntao de novo desde a páxina de inicio de sesión. Se volve pasar, ponte en contacto con este sitio web.',
    },
    other_browser: {
      title: 'Abre a ligazón onde a pediches',
      lead: 'Esta ligazón de inicio de sesión só se pode completar no navegador onde a pediches.',
      detail: 'Ábrea alí ou pide unha nova na páxina de inicio de sesión.',
    },
    no_cookies: {
      title: 'Este navegador non gardou a cookie de inicio de sesión',
      lead: 'Para completar aquí un inicio de sesión con ligazón, este sitio web necesita unha cookie, e este navegador non a gardou.',
      detail: 'Permite as cookies para {site} ou abre a ligazón no navegador onde a pediches.',
    },
  },
  ko: {
    dir: 'ltr',
    fewMinutes: '몇 분',
    thisSite: '이 사이트',
    action: '로그인 페이지로 이동',
    expired: {
      title: '이 로그인 링크는 만료되었습니다',
      lead: '로그인 링크는 {lifetime} 동안 한 번만 사용할 수 있습니다.',
      detail: '로그인 페이지에서 새 링크를 요청하세요.',
    },
    used: {
      title: '이 로그인 링크는 더 이상 사용할 수 없습니다',
      lead: '로그인 링크는 한 번만 사용할 수 있으며, 새 링크를 받으면 이전 링크는 사용할 수 없습니다.',
      detail: '이미 열렸거나(일부 이메일 앱은 링크를 확인하려고 미리 엽니다) 그 뒤에 새 링크가 발송되었을 수 있습니다. 로그인 페이지에서 새 링크를 요청하세요.',
    },
    failed: {
      title: '이 로그인 링크로 로그인하지 못했습니다',
      lead: '이 링크로 로그인을 완료하는 중에 문제가 발생했습니다.',
      detail: '로그인 페이지에서 다시 시도하세요. 같은 문제가 다시 발생하면 이 사이트에 문의하세요.',
    },
    other_browser: {
      title: '링크를 요청한 곳에서 여세요',
      lead: '이 로그인 링크로는 링크를 요청한 브라우저에서만 로그인을 완료할 수 있습니다.',
      detail: '그 브라우저에서 열거나 로그인 페이지에서 새 링크를 요청하세요.',
    },
    no_cookies: {
      title: '이 브라우저에 로그인 쿠키가 저장되지 않았습니다',
      lead: '여기에서 로그인 링크로 로그인을 완료하려면 이 사이트에 쿠키가 필요한데, 이 브라우저에 쿠키가 저장되지 않았습니다.',
      detail: '{site}의 쿠키를 허용하거나, 링크를 요청한 브라우저에서 링크를 여세요.',
    },
  },
  vi: {
    dir: 'ltr',
    fewMinutes: 'vài phút',
    thisSite: 'trang web này',
    action: 'Đi tới trang đăng nhập',
    expired: {
      title: 'Đường liên kết đăng nhập này đã hết hạn',
      lead: 'Đường liên kết đăng nhập chỉ có hiệu lực trong {lifetime} và chỉ dùng được một lần.',
      detail: 'Hãy yêu cầu đường liên kết mới trên trang đăng nhập.',
    },
    used: {
      title: 'Đường liên kết đăng nhập này không còn dùng được',
      lead: 'Mỗi đường liên kết đăng nhập chỉ dùng được một lần, và đường liên kết mới hơn sẽ thay thế các đường liên kết trước đó.',
      detail: 'Có thể đường liên kết đã được mở (một số ứng dụng email mở đường liên kết để kiểm tra), hoặc một đường liên kết mới hơn đã được gửi sau đó. Hãy yêu cầu đường liên kết mới trên trang đăng nhập.',
    },
    failed: {
      title: 'Không thể đăng nhập bằng đường liên kết này',
      lead: 'Đã xảy ra lỗi khi hoàn tất đăng nhập bằng đường liên kết này.',
      detail: 'Hãy thử lại từ trang đăng nhập. Nếu lỗi vẫn xảy ra, vui lòng liên hệ với trang web này.',
    },
    other_browser: {
      title: 'Hãy mở đường liên kết ở nơi bạn đã yêu cầu',
      lead: 'Chỉ có thể hoàn tất đăng nhập bằng đường liên kết này trong trình duyệt mà bạn đã dùng để yêu cầu.',
      detail: 'Hãy mở đường liên kết ở đó, hoặc yêu cầu đường liên kết mới trên trang đăng nhập.',
    },
    no_cookies: {
      title: 'Trình duyệt này đã không lưu cookie đăng nhập',
      lead: 'Để hoàn tất đăng nhập bằng đường liên kết tại đây, trang web này cần một cookie, nhưng trình duyệt này đã không lưu cookie đó.',
      detail: 'Hãy cho phép {site} lưu cookie, hoặc mở đường liên kết trong trình duyệt mà bạn đã dùng để yêu cầu.',
    },
  },
  th: {
    dir: 'ltr',
    fewMinutes: 'ไม่กี่นาที',
    thisSite: 'เว็บไซต์นี้',
    action: 'ไปที่หน้าเข้าสู่ระบบ',
    expired: {
      title: 'ลิงก์เข้าสู่ระบบนี้หมดอายุแล้ว',
      lead: 'ลิงก์เข้าสู่ระบบใช้ได้เพียง {lifetime} และใช้ได้ครั้งเดียวเท่านั้น',
      detail: 'โปรดขอลิงก์ใหม่ที่หน้าเข้าสู่ระบบ',
    },
    used: {
      title: 'ลิงก์เข้าสู่ระบบนี้ใช้ไม่ได้แล้ว',
      lead: 'ลิงก์เข้าสู่ระบบใช้ได้เพียงครั้งเดียว และลิงก์ที่ใหม่กว่าจะใช้แทนลิงก์ก่อนหน้าทั้งหมด',
      detail: 'ลิงก์นี้อาจถูกเปิดไปแล้ว (แอปอีเมลบางแอปเปิดลิงก์เพื่อตรวจสอบ) หรือมีการส่งลิงก์ที่ใหม่กว่ามาหลังจากนั้น โปรดขอลิงก์ใหม่ที่หน้าเข้าสู่ระบบ',
    },
    failed: {
      title: 'เข้าสู่ระบบด้วยลิงก์นี้ไม่สำเร็จ',
      lead: 'เกิดข้อผิดพลาดขณะเข้าสู่ระบบด้วยลิงก์นี้ให้เสร็จสมบูรณ์',
      detail: 'โปรดลองอีกครั้งจากหน้าเข้าสู่ระบบ หากยังเกิดขึ้นอีก โปรดติดต่อเว็บไซต์นี้',
    },
    other_browser: {
      title: 'เปิดลิงก์ในที่ที่คุณขอลิงก์นั้น',
      lead: 'ลิงก์เข้าสู่ระบบนี้ใช้เข้าสู่ระบบให้เสร็จสมบูรณ์ได้เฉพาะในเบราว์เซอร์ที่คุณใช้ขอลิงก์เท่านั้น',
      detail: 'เปิดลิงก์ในเบราว์เซอร์นั้น หรือขอลิงก์ใหม่ที่หน้าเข้าสู่ระบบ',
    },
    no_cookies: {
      title: 'เบราว์เซอร์นี้ไม่ได้เก็บคุกกี้สำหรับการเข้าสู่ระบบไว้',
      lead: 'หากต้องการเข้าสู่ระบบด้วยลิงก์ที่นี่ให้เสร็จสมบูรณ์ เว็บไซต์นี้ต้องใช้คุกกี้ แต่เบราว์เซอร์นี้ไม่ได้เก็บคุกกี้ไว้',
      detail: 'อนุญาตคุกกี้สำหรับ {site} หรือเปิดลิงก์ในเบราว์เซอร์ที่คุณใช้ขอลิงก์',
    },
  },
  id: {
    dir: 'ltr',
    fewMinutes: 'beberapa menit',
    thisSite: 'situs ini',
    action: 'Buka halaman masuk',
    expired: {
      title: 'Tautan masuk ini sudah kedaluwarsa',
      lead: 'Tautan masuk hanya berlaku selama {lifetime} dan hanya dapat digunakan sekali.',
      detail: 'Minta tautan baru di halaman masuk.',
    },
    used: {
      title: 'Tautan masuk ini tidak dapat digunakan lagi',
      lead: 'Tautan masuk hanya dapat digunakan sekali, dan tautan yang lebih baru menggantikan tautan sebelumnya.',
      detail: 'Tautan ini mungkin sudah dibuka (beberapa aplikasi email membuka tautan untuk memeriksanya), atau tautan yang lebih baru telah dikirim setelahnya. Minta tautan baru di halaman masuk.',
    },
    failed: {
      title: 'Anda tidak dapat masuk dengan tautan ini',
      lead: 'Terjadi kesalahan saat menyelesaikan proses masuk dengan tautan ini.',
      detail: 'Coba lagi dari halaman masuk. Jika terjadi lagi, silakan hubungi situs ini.',
    },
    other_browser: {
      title: 'Buka tautan di tempat Anda memintanya',
      lead: 'Proses masuk dengan tautan ini hanya dapat diselesaikan di browser tempat Anda memintanya.',
      detail: 'Buka tautan di sana, atau minta tautan baru di halaman masuk.',
    },
    no_cookies: {
      title: 'Browser ini tidak menyimpan cookie untuk masuk',
      lead: 'Untuk menyelesaikan proses masuk dengan tautan di sini, situs ini memerlukan cookie, tetapi browser ini tidak menyimpannya.',
      detail: 'Izinkan cookie untuk {site}, atau buka tautan di browser tempat Anda memintanya.',
    },
  },
  ms: {
    dir: 'ltr',
    fewMinutes: 'beberapa minit',
    thisSite: 'laman ini',
    action: 'Pergi ke halaman log masuk',
    expired: {
      title: 'Pautan log masuk ini telah tamat tempoh',
      lead: 'Pautan log masuk hanya sah selama {lifetime} dan boleh digunakan sekali sahaja.',
      detail: 'Minta pautan baharu di halaman log masuk.',
    },
    used: {
      title: 'Pautan log masuk ini tidak boleh digunakan lagi',
      lead: 'Pautan log masuk hanya berfungsi sekali, dan pautan yang lebih baharu menggantikan pautan sebelumnya.',
      detail: 'Pautan ini mungkin telah dibuka (sesetengah aplikasi e-mel membuka pautan untuk menyemaknya), atau pautan yang lebih baharu telah dihantar selepas itu. Minta pautan baharu di halaman log masuk.',
    },
    failed: {
      title: 'Anda tidak dapat log masuk dengan pautan ini',
      lead: 'Ada sesuatu yang tidak kena semasa melengkapkan log masuk dengan pautan ini.',
      detail: 'Cuba lagi dari halaman log masuk. Jika perkara ini berlaku lagi, sila hubungi laman ini.',
    },
    other_browser: {
      title: 'Buka pautan di tempat anda memintanya',
      lead: 'Log masuk dengan pautan ini hanya boleh dilengkapkan dalam penyemak imbas tempat anda memintanya.',
      detail: 'Buka pautan di sana, atau minta pautan baharu di halaman log masuk.',
    },
    no_cookies: {
      title: 'Penyemak imbas ini tidak menyimpan kuki log masuk',
      lead: 'Untuk melengkapkan log masuk dengan pautan di sini, laman ini memerlukan kuki, tetapi penyemak imbas ini tidak menyimpannya.',
      detail: 'Benarkan kuki untuk {site}, atau buka pautan dalam penyemak imbas tempat anda memintanya.',
    },
  },
  tl: {
    dir: 'ltr',
    fewMinutes: 'ilang minuto',
    thisSite: 'site na ito',
    action: 'Pumunta sa page ng pag-sign in',
    expired: {
      title: 'Nag-expire na ang link sa pag-sign in na ito',
      lead: 'Gumagana lang ang mga link sa pag-sign in nang {lifetime}, at isang beses lang.',
      detail: 'Humingi ng bago sa page ng pag-sign in.',
    },
    used: {
      title: 'Hindi na gumagana ang link sa pag-sign in na ito',
      lead: 'Isang beses lang gumagana ang link sa pag-sign in, at pinapalitan ng mas bagong link ang mga nauna rito.',
      detail: 'Baka nabuksan na ito (may mga email app na nagbubukas ng mga link para tingnan ang mga ito), o may mas bagong link nang naipadala. Humingi ng bago sa page ng pag-sign in.',
    },
    failed: {
      title: 'Hindi ka nakapag-sign in gamit ang link na ito',
      lead: 'Nagkaproblema habang tinatapos ang pag-sign in gamit ang link na ito.',
      detail: 'Subukan ulit mula sa page ng pag-sign in. Kung mangyari ulit ito, makipag-ugnayan sa site na ito.',
    },
    other_browser: {
      title: 'Buksan ang link kung saan mo ito hiningi',
      lead: 'Matatapos lang ang pag-sign in gamit ang link na ito sa browser kung saan mo ito hiningi.',
      detail: 'Buksan ito roon, o humingi ng bago sa page ng pag-sign in.',
    },
    no_cookies: {
      title: 'Hindi itinago ng browser na ito ang cookie sa pag-sign in',
      lead: 'Para matapos dito ang pag-sign in gamit ang link, kailangan ng site na ito ng cookie, at hindi ito itinago ng browser na ito.',
      detail: 'Payagan ang cookies para sa {site}, o buksan ang link sa browser kung saan mo ito hiningi.',
    },
  },
  sw: {
    dir: 'ltr',
    fewMinutes: 'dakika chache',
    thisSite: 'tovuti hii',
    action: 'Nenda kwenye ukurasa wa kuingia',
    expired: {
      title: 'Muda wa kiungo hiki cha kuingia umeisha',
      lead: 'Viungo vya kuingia hufanya kazi kwa {lifetime} tu, na mara moja tu.',
      detail: 'Omba kipya kwenye ukurasa wa kuingia.',
    },
    used: {
      title: 'Kiungo hiki cha kuingia hakifanyi kazi tena',
      lead: 'Kiungo cha kuingia hufanya kazi mara moja tu, na kiungo kipya zaidi huchukua nafasi ya vile vilivyotangulia.',
      detail: 'Huenda tayari kimefunguliwa (baadhi ya programu za barua pepe hufungua viungo ili kuvikagua), au kiungo kipya zaidi kimetumwa tangu hapo. Omba kipya kwenye ukurasa wa kuingia.',
    },
    failed: {
      title: 'Kiungo hiki cha kuingia hakikuweza kukuingiza',
      lead: 'Hitilafu fulani imetokea wakati wa kukamilisha kuingia kwa kiungo hiki.',
      detail: 'Jaribu tena kutoka kwenye ukurasa wa kuingia. Ikitokea tena, tafadhali wasiliana na tovuti hii.',
    },
    other_browser: {
      title: 'Fungua kiungo mahali ulipokiomba',
      lead: 'Kuingia kwa kiungo hiki kunaweza kukamilishwa tu kwenye kivinjari ulichokiombea.',
      detail: 'Kifungue huko, au omba kipya kwenye ukurasa wa kuingia.',
    },
    no_cookies: {
      title: 'Kivinjari hiki hakikuhifadhi kidakuzi cha kuingia',
      lead: 'Ili kukamilisha kuingia kwa kiungo hapa, tovuti hii inahitaji kidakuzi, na kivinjari hiki hakikukihifadhi.',
      detail: 'Ruhusu vidakuzi kwa ajili ya {site}, au fungua kiungo kwenye kivinjari ulichokiombea.',
    },
  },
  so: {
    dir: 'ltr',
    fewMinutes: 'dhowr daqiiqo',
    thisSite: 'boggan',
    action: 'Tag bogga soo gelidda',
    expired: {
      title: 'Xiriiriyahan soo gelidda wuu dhacay',
      lead: 'Xiriiriyeyaasha soo gelidda waxay shaqeeyaan muddo {lifetime} ah oo keliya, hal mar oo keliya.',
      detail: 'Mid cusub ka codso bogga soo gelidda.',
    },
    used: {
      title: 'Xiriiriyahan soo gelidda mar dambe ma shaqaynayo',
      lead: 'Xiriiriye soo gelid hal mar oo keliya ayuu shaqeeyaa, xiriiriye ka cusubna wuxuu beddelaa kuwii ka horreeyay.',
      detail: 'Waxaa laga yaabaa in horay loo furay (barnaamijyada iimaylka qaarkood waxay furaan xiriiriyeyaasha si ay u hubiyaan), ama in xiriiriye ka cusub la soo diray tan iyo markaas. Mid cusub ka codso bogga soo gelidda.',
    },
    failed: {
      title: 'Soo gelidda xiriiriyahan way fashilantay',
      lead: 'Wax baa khaldamay intii la dhammaystirayay soo gelidda xiriiriyahan.',
      detail: 'Isku day mar kale bogga soo gelidda. Haddii ay mar kale dhacdo, fadlan la xiriir boggan.',
    },
    other_browser: {
      title: 'Xiriiriyaha ku fur meesha aad ka codsatay',
      lead: 'Soo gelidda xiriiriyahan waxaa lagu dhammaystiri karaa oo keliya biraawsarka aad ka codsatay.',
      detail: 'Halkaas ku fur, ama mid cusub ka codso bogga soo gelidda.',
    },
    no_cookies: {
      title: 'Biraawsarkan ma kaydin kuukiga soo gelidda',
      lead: 'Si halkan loogu dhammaystiro soo gelid xiriiriye, boggan wuxuu u baahan yahay kuuki, biraawsarkanna ma kaydin.',
      detail: 'U oggolow kuukiyada {site}, ama xiriiriyaha ku fur biraawsarka aad ka codsatay.',
    },
  },
  hy: {
    dir: 'ltr',
    fewMinutes: 'մի քանի րոպե',
    thisSite: 'այս',
    action: 'Անցնել մուտքի էջ',
    expired: {
      title: 'Մուտքի այս հղման ժամկետը լրացել է',
      lead: 'Մուտքի հղումները գործում են միայն {lifetime} և միայն մեկ անգամ։',
      detail: 'Խնդրեք նորը մուտքի էջում։',
    },
    used: {
      title: 'Մուտքի այս հղումն այլևս չի գործում',
      lead: 'Մուտքի հղումը գործում է միայն մեկ անգամ, և ավելի նոր հղումը փոխարինում է նախորդներին։',
      detail: 'Հնարավոր է, որ այն արդեն բացվել է (որոշ էլփոստի հավելվածներ բացում են հղումները՝ դրանք ստուգելու համար), կամ դրանից հետո ավելի նոր հղում է ուղարկվել։ Խնդրեք նորը մուտքի էջում։',
    },
    failed: {
      title: 'Այս հղումով չհաջողվեց մուտք գործել',
      lead: 'Այս հղումով մուտքն ավարտելիս սխալ առաջացավ։',
      detail: 'Կրկին փորձեք մուտքի էջից։ Եթե դա կրկնվի, խնդրում ենք կապվել այս կայքի հետ։',
    },
    other_browser: {
      title: 'Բացեք հղումն այնտեղ, որտեղ խնդրել եք այն',
      lead: 'Այս հղումով մուտքը կարելի է ավարտել միայն այն դիտարկիչում, որտեղ խնդրել եք այն։',
      detail: 'Բացեք այն այնտեղ կամ խնդրեք նորը մուտքի էջում։',
    },
    no_cookies: {
      title: 'Այս դիտարկիչը չի պահել մուտքի քուքին',
      lead: 'Այստեղ հղումով մուտքն ավարտելու համար այս կայքին քուքի է անհրաժեշտ, սակայն այս դիտարկիչը չի պահել այն։',
      detail: 'Թույլատրեք քուքիները {site} կայքի համար կամ բացեք հղումն այն դիտարկիչում, որտեղ խնդրել եք այն։',
    },
  },
  ka: {
    dir: 'ltr',
    fewMinutes: 'რამდენიმე წუთი',
    thisSite: 'ამ',
    action: 'შესვლის გვერდზე გადასვლა',
    expired: {
      title: 'შესვლის ამ ბმულს ვადა გაუვიდა',
      lead: 'შესვლის ბმული მხოლოდ ერთხელ მოქმედებს და მისი მოქმედების ვადაა {lifetime}.',
      detail: 'მოითხოვეთ ახალი შესვლის გვერდზე.',
    },
    used: {
      title: 'შესვლის ეს ბმული აღარ მოქმედებს',
      lead: 'შესვლის ბმული მხოლოდ ერთხელ მოქმედებს, ახალი ბმული კი წინა ბმულებს ანაცვლებს.',
      detail: 'შესაძლოა, ის უკვე გაიხსნა (ელფოსტის ზოგიერთი აპი ბმულებს შესამოწმებლად ხსნის), ან მას შემდეგ უფრო ახალი ბმული გამოიგზავნა. მოითხოვეთ ახალი შესვლის გვერდზე.',
    },
    failed: {
      title: 'ამ ბმულით შესვლა ვერ მოხერხდა',
      lead: 'ამ ბმულით შესვლის დასრულებისას რაღაც შეცდომა მოხდა.',
      detail: 'ხელახლა სცადეთ შესვლის გვერდიდან. თუ ეს კვლავ განმეორდა, დაუკავშირდით ამ საიტს.',
    },
    other_browser: {
      title: 'გახსენით ბმული იქ, სადაც ის მოითხოვეთ',
      lead: 'ამ ბმულით შესვლის დასრულება მხოლოდ იმ ბრაუზერშია შესაძლებელი, სადაც ის მოითხოვეთ.',
      detail: 'გახსენით ის იქ ან მოითხოვეთ ახალი შესვლის გვერდზე.',
    },
    no_cookies: {
      title: 'ამ ბრაუზერმა შესვლის ქუქი-ფაილი არ შეინახა',
      lead: 'აქ ბმულით შესვლის დასასრულებლად ამ საიტს ქუქი-ფაილი სჭირდება, ამ ბრაუზერმა კი ის არ შეინახა.',
      detail: 'დაუშვით ქუქი-ფაილები {site} საიტზე ან გახსენით ბმული იმ ბრაუზერში, სადაც ის მოითხოვეთ.',
    },
  },
  az: {
    dir: 'ltr',
    fewMinutes: 'bir neçə dəqiqə',
    thisSite: 'bu sayt',
    action: 'Giriş səhifəsinə keçin',
    expired: {
      title: 'Bu giriş linkinin müddəti bitib',
      lead: 'Giriş linkləri yalnız {lifetime} ərzində və yalnız bir dəfə işləyir.',
      detail: 'Giriş səhifəsində yenisini istəyin.',
    },
    used: {
      title: 'Bu giriş linki artıq işləmir',
      lead: 'Giriş linki yalnız bir dəfə işləyir və daha yeni link əvvəlkiləri əvəz edir.',
      detail: 'Ola bilsin ki, o artıq açılıb (bəzi e-poçt tətbiqləri linkləri yoxlamaq üçün açır) və ya ondan sonra daha yeni link göndərilib. Giriş səhifəsində yenisini istəyin.',
    },
    failed: {
      title: 'Bu giriş linki ilə daxil olmaq mümkün olmadı',
      lead: 'Bu link ilə girişi tamamlayarkən nəsə səhv getdi.',
      detail: 'Giriş səhifəsindən yenidən cəhd edin. Bu təkrarlansa, bu saytla əlaqə saxlayın.',
    },
    other_browser: {
      title: 'Linki onu istədiyiniz yerdə açın',
      lead: 'Bu giriş linki ilə girişi yalnız onu istədiyiniz brauzerdə tamamlamaq olar.',
      detail: 'Onu orada açın və ya giriş səhifəsində yenisini istəyin.',
    },
    no_cookies: {
      title: 'Bu brauzer giriş kukisini saxlamadı',
      lead: 'Girişi burada link ilə tamamlamaq üçün bu sayta kuki lazımdır, bu brauzer isə onu saxlamadı.',
      detail: '{site} üçün kukilərə icazə verin və ya linki onu istədiyiniz brauzerdə açın.',
    },
  },
  mn: {
    dir: 'ltr',
    fewMinutes: 'хэдэн минут',
    thisSite: 'энэ сайт',
    action: 'Нэвтрэх хуудас руу очих',
    expired: {
      title: 'Энэ нэвтрэх холбоосын хугацаа дууссан',
      lead: 'Нэвтрэх холбоос зөвхөн {lifetime} хүчинтэй бөгөөд зөвхөн нэг удаа ажиллана.',
      detail: 'Нэвтрэх хуудаснаас шинийг хүснэ үү.',
    },
    used: {
      title: 'Энэ нэвтрэх холбоос ажиллахаа больсон',
      lead: 'Нэвтрэх холбоос зөвхөн нэг удаа ажилладаг бөгөөд шинэ холбоос өмнөхүүдийг орлодог.',
      detail: 'Үүнийг аль хэдийн нээсэн байж магадгүй (зарим и-мэйлийн апп холбоосыг шалгахын тулд нээдэг), эсвэл түүнээс хойш шинэ холбоос илгээсэн байж болно. Нэвтрэх хуудаснаас шинийг хүснэ үү.',
    },
    failed: {
      title: 'Энэ холбоосоор нэвтэрч чадсангүй',
      lead: 'Энэ холбоосоор нэвтрэлтийг дуусгах үед алдаа гарлаа.',
      detail: 'Нэвтрэх хуудаснаас дахин оролдоно уу. Дахиад ийм зүйл гарвал энэ сайттай холбогдоно уу.',
    },
    other_browser: {
      title: 'Холбоосыг хүссэн газраа нээнэ үү',
      lead: 'Энэ холбоосоор нэвтрэлтийг зөвхөн холбоосыг хүссэн хөтөч дээрээ дуусгах боломжтой.',
      detail: 'Тэнд нээх эсвэл нэвтрэх хуудаснаас шинийг хүснэ үү.',
    },
    no_cookies: {
      title: 'Энэ хөтөч нэвтрэх күүкиг хадгалсангүй',
      lead: 'Энд холбоосоор нэвтрэлтийг дуусгахын тулд энэ сайтад күүки хэрэгтэй, гэвч энэ хөтөч үүнийг хадгалсангүй.',
      detail: '{site} дээр күүкиг зөвшөөрөх эсвэл холбоосыг хүссэн хөтөч дээрээ нээнэ үү.',
    },
  },
  cs: {
    dir: 'ltr',
    fewMinutes: 'několik minut',
    thisSite: 'tento web',
    action: 'Přejít na stránku přihlášení',
    expired: {
      title: 'Platnost tohoto odkazu pro přihlášení vypršela',
      lead: 'Odkaz pro přihlášení funguje jen jednou a jeho platnost je {lifetime}.',
      detail: 'Nový si vyžádejte na stránce přihlášení.',
    },
    used: {
      title: 'Tento odkaz pro přihlášení už nefunguje',
      lead: 'Odkaz pro přihlášení funguje jen jednou a novější odkaz nahrazuje ty předchozí.',
      detail: 'Možná už byl otevřen (některé e-mailové aplikace odkazy otevírají, aby je zkontrolovaly), nebo byl mezitím poslán novější odkaz. Nový si vyžádejte na stránce přihlášení.',
    },
    failed: {
      title: 'Tímto odkazem se nepodařilo přihlásit',
      lead: 'Při dokončování přihlášení tímto odkazem se něco pokazilo.',
      detail: 'Zkuste to znovu ze stránky přihlášení. Pokud se to bude opakovat, obraťte se prosím na tento web.',
    },
    other_browser: {
      title: 'Otevřete odkaz tam, kde jste o něj požádali',
      lead: 'Přihlášení tímto odkazem lze dokončit jen v prohlížeči, ve kterém jste o něj požádali.',
      detail: 'Otevřete ho tam, nebo si na stránce přihlášení vyžádejte nový.',
    },
    no_cookies: {
      title: 'Tento prohlížeč si neuložil přihlašovací soubor cookie',
      lead: 'K dokončení přihlášení odkazem potřebuje tento web soubor cookie a tento prohlížeč si ho neuložil.',
      detail: 'Povolte soubory cookie pro {site}, nebo otevřete odkaz v prohlížeči, ve kterém jste o něj požádali.',
    },
  },
  sk: {
    dir: 'ltr',
    fewMinutes: 'niekoľko minút',
    thisSite: 'túto stránku',
    action: 'Prejsť na stránku prihlásenia',
    expired: {
      title: 'Platnosť tohto odkazu na prihlásenie vypršala',
      lead: 'Odkaz na prihlásenie funguje iba raz a jeho platnosť je {lifetime}.',
      detail: 'Nový si vyžiadajte na stránke prihlásenia.',
    },
    used: {
      title: 'Tento odkaz na prihlásenie už nefunguje',
      lead: 'Odkaz na prihlásenie funguje iba raz a novší odkaz nahrádza tie predchádzajúce.',
      detail: 'Možno už bol otvorený (niektoré e-mailové aplikácie otvárajú odkazy, aby ich skontrolovali), alebo bol medzitým poslaný novší odkaz. Nový si vyžiadajte na stránke prihlásenia.',
    },
    failed: {
      title: 'Týmto odkazom sa nepodarilo prihlásiť',
      lead: 'Pri dokončovaní prihlásenia týmto odkazom sa niečo pokazilo.',
      detail: 'Skúste to znova zo stránky prihlásenia. Ak sa to zopakuje, obráťte sa, prosím, na prevádzkovateľa tejto stránky.',
    },
    other_browser: {
      title: 'Otvorte odkaz tam, kde ste oň požiadali',
      lead: 'Prihlásenie týmto odkazom sa dá dokončiť iba v prehliadači, v ktorom ste oň požiadali.',
      detail: 'Otvorte ho tam alebo si na stránke prihlásenia vyžiadajte nový.',
    },
    no_cookies: {
      title: 'Tento prehliadač si neuložil súbor cookie na prihlásenie',
      lead: 'Na dokončenie prihlásenia odkazom potrebuje táto stránka súbor cookie a tento prehliadač si ho neuložil.',
      detail: 'Povoľte súbory cookie pre {site} alebo otvorte odkaz v prehliadači, v ktorom ste oň požiadali.',
    },
  },
  sl: {
    dir: 'ltr',
    fewMinutes: 'nekaj minut',
    thisSite: 'to spletno mesto',
    action: 'Na stran za prijavo',
    expired: {
      title: 'Ta povezava za prijavo je potekla',
      lead: 'Povezava za prijavo deluje samo enkrat, njena veljavnost pa je {lifetime}.',
      detail: 'Novo zahtevajte na strani za prijavo.',
    },
    used: {
      title: 'Ta povezava za prijavo ne deluje več',
      lead: 'Povezava za prijavo deluje samo enkrat, novejša povezava pa nadomesti prejšnje.',
      detail: 'Morda je bila že odprta (nekateri e-poštni programi odpirajo povezave, da jih preverijo), ali pa je bila medtem poslana novejša povezava. Novo zahtevajte na strani za prijavo.',
    },
    failed: {
      title: 'S to povezavo se ni bilo mogoče prijaviti',
      lead: 'Pri dokončanju prijave s to povezavo je prišlo do napake.',
      detail: 'Poskusite znova na strani za prijavo. Če se napaka ponovi, se obrnite na to spletno mesto.',
    },
    other_browser: {
      title: 'Povezavo odprite tam, kjer ste jo zahtevali',
      lead: 'Prijavo s to povezavo je mogoče dokončati samo v brskalniku, v katerem ste jo zahtevali.',
      detail: 'Odprite jo tam ali pa na strani za prijavo zahtevajte novo.',
    },
    no_cookies: {
      title: 'Ta brskalnik ni shranil piškotka za prijavo',
      lead: 'Za dokončanje prijave s povezavo to spletno mesto potrebuje piškotek, ta brskalnik pa ga ni shranil.',
      detail: 'Dovolite piškotke za {site} ali pa odprite povezavo v brskalniku, v katerem ste jo zahtevali.',
    },
  },
  hr: {
    dir: 'ltr',
    fewMinutes: 'nekoliko minuta',
    thisSite: 'ovo web-mjesto',
    action: 'Idi na stranicu za prijavu',
    expired: {
      title: 'Ova je poveznica za prijavu istekla',
      lead: 'Poveznica za prijavu vrijedi samo jednom, a rok valjanosti je {lifetime}.',
      detail: 'Zatražite novu na stranici za prijavu.',
    },
    used: {
      title: 'Ova poveznica za prijavu više ne vrijedi',
      lead: 'Poveznica za prijavu vrijedi samo jednom, a novija poveznica zamjenjuje prethodne.',
      detail: 'Možda je već otvorena (neke aplikacije za e-poštu otvaraju poveznice kako bi ih provjerile) ili je u međuvremenu poslana novija poveznica. Zatražite novu na stranici za prijavu.',
    },
    failed: {
      title: 'Prijava ovom poveznicom nije uspjela',
      lead: 'Nešto je pošlo po zlu pri dovršavanju prijave ovom poveznicom.',
      detail: 'Pokušajte ponovno sa stranice za prijavu. Ako se to ponovi, obratite se ovom web-mjestu.',
    },
    other_browser: {
      title: 'Otvorite poveznicu ondje gdje ste je zatražili',
      lead: 'Prijavu ovom poveznicom moguće je dovršiti samo u pregledniku u kojem ste je zatražili.',
      detail: 'Otvorite je ondje ili zatražite novu na stranici za prijavu.',
    },
    no_cookies: {
      title: 'Ovaj preglednik nije zadržao kolačić za prijavu',
      lead: 'Za dovršetak prijave poveznicom ovo web-mjesto treba kolačić, a ovaj ga preglednik nije zadržao.',
      detail: 'Dopustite kolačiće za {site} ili otvorite poveznicu u pregledniku u kojem ste je zatražili.',
    },
  },
  bs: {
    dir: 'ltr',
    fewMinutes: 'nekoliko minuta',
    thisSite: 'ovu stranicu',
    action: 'Idi na stranicu za prijavu',
    expired: {
      title: 'Ovaj link za prijavu je istekao',
      lead: 'Link za prijavu važi samo jednom, a rok važenja je {lifetime}.',
      detail: 'Zatražite novi na stranici za prijavu.',
    },
    used: {
      title: 'Ovaj link za prijavu više ne važi',
      lead: 'Link za prijavu važi samo jednom, a noviji link zamjenjuje prethodne.',
      detail: 'Možda je već otvoren (neke aplikacije za e-mail otvaraju linkove da ih provjere) ili je u međuvremenu poslan noviji link. Zatražite novi na stranici za prijavu.',
    },
    failed: {
      title: 'Prijava ovim linkom nije uspjela',
      lead: 'Nešto nije u redu pri završavanju prijave ovim linkom.',
      detail: 'Pokušajte ponovo sa stranice za prijavu. Ako se to ponovi, obratite se ovoj stranici.',
    },
    other_browser: {
      title: 'Otvorite link tamo gdje ste ga zatražili',
      lead: 'Prijavu ovim linkom moguće je završiti samo u pretraživaču u kojem ste ga zatražili.',
      detail: 'Otvorite ga tamo ili zatražite novi na stranici za prijavu.',
    },
    no_cookies: {
      title: 'Ovaj pretraživač nije sačuvao kolačić za prijavu',
      lead: 'Da bi se prijava linkom završila ovdje, ova stranica treba kolačić, a ovaj ga pretraživač nije sačuvao.',
      detail: 'Dozvolite kolačiće za {site} ili otvorite link u pretraživaču u kojem ste ga zatražili.',
    },
  },
  sr: {
    dir: 'ltr',
    fewMinutes: 'неколико минута',
    thisSite: 'овај сајт',
    action: 'Иди на страницу за пријављивање',
    expired: {
      title: 'Овај линк за пријављивање је истекао',
      lead: 'Линк за пријављивање важи само једном, а рок важења је {lifetime}.',
      detail: 'Затражите нови на страници за пријављивање.',
    },
    used: {
      title: 'Овај линк за пријављивање више не важи',
      lead: 'Линк за пријављивање важи само једном, а новији линк замењује претходне.',
      detail: 'Можда је већ отворен (неке апликације за имејл отварају линкове да би их провериле) или је у међувремену послат новији линк. Затражите нови на страници за пријављивање.',
    },
    failed: {
      title: 'Пријављивање овим линком није успело',
      lead: 'Дошло је до грешке при завршавању пријављивања овим линком.',
      detail: 'Покушајте поново са странице за пријављивање. Ако се то понови, обратите се овом сајту.',
    },
    other_browser: {
      title: 'Отворите линк тамо где сте га затражили',
      lead: 'Пријављивање овим линком може да се заврши само у прегледачу у ком сте га затражили.',
      detail: 'Отворите га тамо или затражите нови на страници за пријављивање.',
    },
    no_cookies: {
      title: 'Овај прегледач није сачувао колачић за пријављивање',
      lead: 'Да би се пријављивање линком завршило, овом сајту је потребан колачић, а овај прегледач га није сачувао.',
      detail: 'Дозволите колачиће за {site} или отворите линк у прегледачу у ком сте га затражили.',
    },
  },
  bg: {
    dir: 'ltr',
    fewMinutes: 'няколко минути',
    thisSite: 'този сайт',
    action: 'Към страницата за вход',
    expired: {
      title: 'Тази връзка за вход е изтекла',
      lead: 'Връзката за вход работи само веднъж, а валидността ѝ е {lifetime}.',
      detail: 'Поискайте нова от страницата за вход.',
    },
    used: {
      title: 'Тази връзка за вход вече не работи',
      lead: 'Връзката за вход работи само веднъж, а по-новата връзка заменя предишните.',
      detail: 'Възможно е вече да е била отворена (някои имейл приложения отварят връзките, за да ги проверят) или междувременно е изпратена по-нова връзка. Поискайте нова от страницата за вход.',
    },
    failed: {
      title: 'Входът с тази връзка не успя',
      lead: 'Нещо се обърка при завършването на входа с тази връзка.',
      detail: 'Опитайте отново от страницата за вход. Ако това се повтори, моля, свържете се с този сайт.',
    },
    other_browser: {
      title: 'Отворете връзката там, където сте я поискали',
      lead: 'Входът с тази връзка може да завърши само в браузъра, в който сте я поискали.',
      detail: 'Отворете я там или поискайте нова от страницата за вход.',
    },
    no_cookies: {
      title: 'Този браузър не запази бисквитката за вход',
      lead: 'За да завърши входът с връзка, този сайт се нуждае от бисквитка, а този браузър не я запази.',
      detail: 'Разрешете бисквитките за {site} или отворете връзката в браузъра, в който сте я поискали.',
    },
  },
  mk: {
    dir: 'ltr',
    fewMinutes: 'неколку минути',
    thisSite: 'оваа страница',
    action: 'Оди на страницата за најава',
    expired: {
      title: 'Овој линк за најава истече',
      lead: 'Линкот за најава работи само еднаш, а важи {lifetime}.',
      detail: 'Побарајте нов на страницата за најава.',
    },
    used: {
      title: 'Овој линк за најава повеќе не работи',
      lead: 'Линкот за најава работи само еднаш, а понов линк ги заменува претходните.',
      detail: 'Можеби веќе е отворен (некои апликации за е-пошта ги отвораат линковите за да ги проверат) или во меѓувреме е испратен понов линк. Побарајте нов на страницата за најава.',
    },
    failed: {
      title: 'Најавата со овој линк не успеа',
      lead: 'Нешто тргна наопаку при завршувањето на најавата со овој линк.',
      detail: 'Обидете се повторно од страницата за најава. Ако ова се повтори, обратете се до оваа страница.',
    },
    other_browser: {
      title: 'Отворете го линкот таму каде што го побаравте',
      lead: 'Најавата со овој линк може да се заврши само во прелистувачот во кој го побаравте.',
      detail: 'Отворете го таму или побарајте нов на страницата за најава.',
    },
    no_cookies: {
      title: 'Овој прелистувач не го зачува колачето за најава',
      lead: 'За да се заврши најавата со линк, на оваа страница ѝ треба колаче, а овој прелистувач не го зачува.',
      detail: 'Дозволете колачиња за {site} или отворете го линкот во прелистувачот во кој го побаравте.',
    },
  },
  sq: {
    dir: 'ltr',
    fewMinutes: 'disa minuta',
    thisSite: 'këtë sajt',
    action: 'Shko te faqja e identifikimit',
    expired: {
      title: 'Kjo lidhje identifikimi ka skaduar',
      lead: 'Lidhja e identifikimit funksionon vetëm një herë dhe vlen {lifetime}.',
      detail: 'Kërko një të re te faqja e identifikimit.',
    },
    used: {
      title: 'Kjo lidhje identifikimi nuk funksionon më',
      lead: 'Lidhja e identifikimit funksionon vetëm një herë, dhe një lidhje më e re zëvendëson të mëparshmet.',
      detail: 'Mund të jetë hapur tashmë (disa aplikacione emaili i hapin lidhjet për t’i kontrolluar), ose ndërkohë është dërguar një lidhje më e re. Kërko një të re te faqja e identifikimit.',
    },
    failed: {
      title: 'Identifikimi me këtë lidhje nuk pati sukses',
      lead: 'Diçka shkoi keq gjatë përfundimit të identifikimit me këtë lidhje.',
      detail: 'Provo sërish nga faqja e identifikimit. Nëse ndodh përsëri, kontakto këtë sajt.',
    },
    other_browser: {
      title: 'Hape lidhjen aty ku e kërkove',
      lead: 'Identifikimi me këtë lidhje mund të përfundojë vetëm në shfletuesin ku e kërkove.',
      detail: 'Hape atje ose kërko një të re te faqja e identifikimit.',
    },
    no_cookies: {
      title: 'Ky shfletues nuk e ruajti cookie-n e identifikimit',
      lead: 'Për të përfunduar identifikimin me lidhje, ky sajt ka nevojë për një cookie, por ky shfletues nuk e ruajti.',
      detail: 'Lejo cookie-t për {site} ose hape lidhjen në shfletuesin ku e kërkove.',
    },
  },
  ro: {
    dir: 'ltr',
    fewMinutes: 'câteva minute',
    thisSite: 'acest site',
    action: 'Mergeți la pagina de conectare',
    expired: {
      title: 'Acest link de conectare a expirat',
      lead: 'Un link de conectare funcționează o singură dată și este valabil {lifetime}.',
      detail: 'Cereți unul nou pe pagina de conectare.',
    },
    used: {
      title: 'Acest link de conectare nu mai funcționează',
      lead: 'Un link de conectare funcționează o singură dată, iar un link mai nou le înlocuiește pe cele anterioare.',
      detail: 'Poate a fost deja deschis (unele aplicații de e-mail deschid linkurile ca să le verifice) sau între timp a fost trimis un link mai nou. Cereți unul nou pe pagina de conectare.',
    },
    failed: {
      title: 'Acest link nu v-a putut conecta',
      lead: 'A apărut o problemă la finalizarea conectării cu acest link.',
      detail: 'Încercați din nou de pe pagina de conectare. Dacă se repetă, vă rugăm să contactați acest site.',
    },
    other_browser: {
      title: 'Deschideți linkul acolo unde l-ați cerut',
      lead: 'Conectarea cu acest link poate fi finalizată doar în browserul în care l-ați cerut.',
      detail: 'Deschideți-l acolo sau cereți unul nou pe pagina de conectare.',
    },
    no_cookies: {
      title: 'Acest browser nu a păstrat cookie-ul de conectare',
      lead: 'Pentru a finaliza aici conectarea cu un link, acest site are nevoie de un cookie, iar acest browser nu l-a păstrat.',
      detail: 'Permiteți cookie-urile pentru {site} sau deschideți linkul în browserul în care l-ați cerut.',
    },
  },
  hu: {
    dir: 'ltr',
    fewMinutes: 'néhány perc',
    thisSite: 'e webhely',
    action: 'Ugrás a bejelentkezési oldalra',
    expired: {
      title: 'Ez a bejelentkezési link lejárt',
      lead: 'A bejelentkezési link csak egyszer használható, és {lifetime} után lejár.',
      detail: 'Kérjen újat a bejelentkezési oldalon.',
    },
    used: {
      title: 'Ez a bejelentkezési link már nem működik',
      lead: 'A bejelentkezési link csak egyszer használható, és az újabb link a korábbiakat érvényteleníti.',
      detail: 'Lehet, hogy már megnyitották (egyes levelezőprogramok ellenőrzés céljából megnyitják a linkeket), vagy azóta újabb linket küldtünk. Kérjen újat a bejelentkezési oldalon.',
    },
    failed: {
      title: 'Ezzel a linkkel nem sikerült bejelentkezni',
      lead: 'Hiba történt a bejelentkezés befejezésekor ezzel a linkkel.',
      detail: 'Próbálja újra a bejelentkezési oldalról. Ha ismét előfordul, forduljon a webhely üzemeltetőjéhez.',
    },
    other_browser: {
      title: 'Nyissa meg a linket ott, ahol kérte',
      lead: 'Ezzel a bejelentkezési linkkel csak abban a böngészőben fejezhető be a bejelentkezés, ahol kérte.',
      detail: 'Nyissa meg ott, vagy kérjen újat a bejelentkezési oldalon.',
    },
    no_cookies: {
      title: 'Ez a böngésző nem őrizte meg a bejelentkezési sütit',
      lead: 'A linkes bejelentkezés befejezéséhez a webhelynek sütire van szüksége, de ez a böngésző nem őrizte meg.',
      detail: 'Engedélyezze a sütiket {site} számára, vagy nyissa meg a linket abban a böngészőben, ahol kérte.',
    },
  },
  el: {
    dir: 'ltr',
    fewMinutes: 'λίγα λεπτά',
    thisSite: 'αυτόν τον ιστότοπο',
    action: 'Μετάβαση στη σελίδα σύνδεσης',
    expired: {
      title: 'Αυτός ο σύνδεσμος σύνδεσης έχει λήξει',
      lead: 'Οι σύνδεσμοι σύνδεσης λειτουργούν μόνο μία φορά και ισχύουν για {lifetime}.',
      detail: 'Ζητήστε νέο από τη σελίδα σύνδεσης.',
    },
    used: {
      title: 'Αυτός ο σύνδεσμος σύνδεσης δεν λειτουργεί πια',
      lead: 'Ένας σύνδεσμος σύνδεσης λειτουργεί μόνο μία φορά, και ένας νεότερος σύνδεσμος αντικαθιστά τους προηγούμενους.',
      detail: 'Ίσως έχει ήδη ανοιχτεί (ορισμένες εφαρμογές email ανοίγουν τους συνδέσμους για να τους ελέγξουν) ή στο μεταξύ στάλθηκε νεότερος σύνδεσμος. Ζητήστε νέο από τη σελίδα σύνδεσης.',
    },
    failed: {
      title: 'Δεν ήταν δυνατή η σύνδεση με αυτόν τον σύνδεσμο',
      lead: 'Κάτι πήγε στραβά κατά την ολοκλήρωση της σύνδεσης με αυτόν τον σύνδεσμο.',
      detail: 'Δοκιμάστε ξανά από τη σελίδα σύνδεσης. Αν συμβεί ξανά, επικοινωνήστε με αυτόν τον ιστότοπο.',
    },
    other_browser: {
      title: 'Ανοίξτε τον σύνδεσμο εκεί όπου τον ζητήσατε',
      lead: 'Η σύνδεση με αυτόν τον σύνδεσμο μπορεί να ολοκληρωθεί μόνο στο πρόγραμμα περιήγησης όπου τον ζητήσατε.',
      detail: 'Ανοίξτε τον εκεί ή ζητήστε νέο από τη σελίδα σύνδεσης.',
    },
    no_cookies: {
      title: 'Αυτό το πρόγραμμα περιήγησης δεν κράτησε το cookie σύνδεσης',
      lead: 'Για να ολοκληρωθεί εδώ η σύνδεση με σύνδεσμο, αυτός ο ιστότοπος χρειάζεται ένα cookie, αλλά αυτό το πρόγραμμα περιήγησης δεν το κράτησε.',
      detail: 'Επιτρέψτε τα cookie για {site} ή ανοίξτε τον σύνδεσμο στο πρόγραμμα περιήγησης όπου τον ζητήσατε.',
    },
  },
  tr: {
    dir: 'ltr',
    fewMinutes: 'birkaç dakika',
    thisSite: 'bu site',
    action: 'Oturum açma sayfasına git',
    expired: {
      title: 'Bu oturum açma bağlantısının süresi doldu',
      lead: 'Oturum açma bağlantıları yalnızca bir kez ve yalnızca {lifetime} boyunca çalışır.',
      detail: 'Oturum açma sayfasından yenisini isteyin.',
    },
    used: {
      title: 'Bu oturum açma bağlantısı artık çalışmıyor',
      lead: 'Oturum açma bağlantısı yalnızca bir kez çalışır ve daha yeni bir bağlantı öncekilerin yerini alır.',
      detail: 'Bağlantı daha önce açılmış olabilir (bazı e-posta uygulamaları bağlantıları kontrol etmek için açar) veya bu arada daha yeni bir bağlantı gönderilmiş olabilir. Oturum açma sayfasından yenisini isteyin.',
    },
    failed: {
      title: 'Bu bağlantıyla oturum açılamadı',
      lead: 'Bu bağlantıyla oturum açma tamamlanırken bir sorun oluştu.',
      detail: 'Oturum açma sayfasından yeniden deneyin. Sorun tekrarlanırsa lütfen bu siteyle iletişime geçin.',
    },
    other_browser: {
      title: 'Bağlantıyı istediğiniz tarayıcıda açın',
      lead: 'Bu oturum açma bağlantısıyla oturum açma yalnızca bağlantıyı istediğiniz tarayıcıda tamamlanabilir.',
      detail: 'Bağlantıyı orada açın veya oturum açma sayfasından yenisini isteyin.',
    },
    no_cookies: {
      title: 'Bu tarayıcı oturum açma çerezini saklamadı',
      lead: 'Bağlantıyla oturum açmayı burada tamamlamak için bu sitenin bir çereze ihtiyacı var, ancak bu tarayıcı çerezi saklamadı.',
      detail: 'Çerezlere {site} için izin verin veya bağlantıyı istediğiniz tarayıcıda açın.',
    },
  },
  lt: {
    dir: 'ltr',
    fewMinutes: 'kelios minutės',
    thisSite: 'ši svetainė',
    action: 'Eiti į prisijungimo puslapį',
    expired: {
      title: 'Ši prisijungimo nuoroda nebegalioja',
      lead: 'Prisijungimo nuoroda veikia tik vieną kartą, o jos galiojimo laikas – {lifetime}.',
      detail: 'Naujos paprašykite prisijungimo puslapyje.',
    },
    used: {
      title: 'Ši prisijungimo nuoroda nebeveikia',
      lead: 'Prisijungimo nuoroda veikia tik vieną kartą, o naujesnė nuoroda pakeičia ankstesnes.',
      detail: 'Galbūt ji jau buvo atidaryta (kai kurios el. pašto programos atidaro nuorodas, kad jas patikrintų), arba vėliau buvo išsiųsta naujesnė nuoroda. Naujos paprašykite prisijungimo puslapyje.',
    },
    failed: {
      title: 'Šia nuoroda prisijungti nepavyko',
      lead: 'Baigiant prisijungimą šia nuoroda kažkas nepavyko.',
      detail: 'Bandykite dar kartą iš prisijungimo puslapio. Jei tai pasikartos, susisiekite su šia svetaine.',
    },
    other_browser: {
      title: 'Atidarykite nuorodą ten, kur jos prašėte',
      lead: 'Prisijungimą šia nuoroda galima baigti tik naršyklėje, kurioje jos prašėte.',
      detail: 'Atidarykite ją ten arba naujos paprašykite prisijungimo puslapyje.',
    },
    no_cookies: {
      title: 'Ši naršyklė neišsaugojo prisijungimo slapuko',
      lead: 'Kad čia būtų galima baigti prisijungimą nuoroda, šiai svetainei reikia slapuko, o ši naršyklė jo neišsaugojo.',
      detail: 'Leiskite, kad {site} išsaugotų slapukus, arba atidarykite nuorodą naršyklėje, kurioje jos prašėte.',
    },
  },
  lv: {
    dir: 'ltr',
    fewMinutes: 'dažas minūtes',
    thisSite: 'šī vietne',
    action: 'Doties uz pierakstīšanās lapu',
    expired: {
      title: 'Šīs pierakstīšanās saites derīgums ir beidzies',
      lead: 'Pierakstīšanās saite darbojas tikai vienu reizi, un tās derīguma termiņš ir {lifetime}.',
      detail: 'Pieprasiet jaunu pierakstīšanās lapā.',
    },
    used: {
      title: 'Šī pierakstīšanās saite vairs nedarbojas',
      lead: 'Pierakstīšanās saite darbojas tikai vienu reizi, un jaunāka saite aizstāj iepriekšējās.',
      detail: 'Iespējams, tā jau ir atvērta (dažas e-pasta lietotnes atver saites, lai tās pārbaudītu), vai arī pa to laiku tika nosūtīta jaunāka saite. Pieprasiet jaunu pierakstīšanās lapā.',
    },
    failed: {
      title: 'Ar šo saiti neizdevās pierakstīties',
      lead: 'Pabeidzot pierakstīšanos ar šo saiti, radās kļūda.',
      detail: 'Mēģiniet vēlreiz no pierakstīšanās lapas. Ja tas atkārtojas, lūdzu, sazinieties ar šo vietni.',
    },
    other_browser: {
      title: 'Atveriet saiti tur, kur to pieprasījāt',
      lead: 'Pierakstīšanos ar šo saiti var pabeigt tikai pārlūkprogrammā, kurā to pieprasījāt.',
      detail: 'Atveriet to tur vai pieprasiet jaunu pierakstīšanās lapā.',
    },
    no_cookies: {
      title: 'Šī pārlūkprogramma nesaglabāja pierakstīšanās sīkfailu',
      lead: 'Lai šeit pabeigtu pierakstīšanos ar saiti, šai vietnei ir vajadzīgs sīkfails, bet šī pārlūkprogramma to nesaglabāja.',
      detail: 'Atļaujiet, lai {site} saglabā sīkfailus, vai atveriet saiti pārlūkprogrammā, kurā to pieprasījāt.',
    },
  },
  et: {
    dir: 'ltr',
    fewMinutes: 'mõni minut',
    thisSite: 'see sait',
    action: 'Mine sisselogimislehele',
    expired: {
      title: 'See sisselogimislink on aegunud',
      lead: 'Sisselogimislink töötab ainult ühe korra ja selle kehtivusaeg on {lifetime}.',
      detail: 'Küsige sisselogimislehel uus.',
    },
    used: {
      title: 'See sisselogimislink enam ei tööta',
      lead: 'Sisselogimislink töötab ainult ühe korra ja uuem link asendab varasemad.',
      detail: 'Võib-olla on see juba avatud (mõned e-posti rakendused avavad linke, et neid kontrollida) või on vahepeal saadetud uuem link. Küsige sisselogimislehel uus.',
    },
    failed: {
      title: 'Selle lingiga ei õnnestunud sisse logida',
      lead: 'Selle lingiga sisselogimise lõpetamisel läks midagi valesti.',
      detail: 'Proovige sisselogimislehelt uuesti. Kui see kordub, võtke ühendust selle saidiga.',
    },
    other_browser: {
      title: 'Avage link seal, kus selle tellisite',
      lead: 'Selle lingiga saab sisselogimise lõpetada ainult brauseris, kus selle tellisite.',
      detail: 'Avage see seal või küsige sisselogimislehel uus.',
    },
    no_cookies: {
      title: 'See brauser ei säilitanud sisselogimisküpsist',
      lead: 'Et siin lingiga sisselogimist lõpetada, vajab see sait küpsist, kuid see brauser ei säilitanud seda.',
      detail: 'Lubage, et {site} saaks küpsiseid salvestada, või avage link brauseris, kus selle tellisite.',
    },
  },
  fi: {
    dir: 'ltr',
    fewMinutes: 'muutama minuutti',
    thisSite: 'tämä sivusto',
    action: 'Siirry kirjautumissivulle',
    expired: {
      title: 'Tämä kirjautumislinkki on vanhentunut',
      lead: 'Kirjautumislinkki toimii vain kerran, ja sen voimassaoloaika on {lifetime}.',
      detail: 'Pyydä uusi kirjautumissivulla.',
    },
    used: {
      title: 'Tämä kirjautumislinkki ei enää toimi',
      lead: 'Kirjautumislinkki toimii vain kerran, ja uudempi linkki korvaa aiemmat.',
      detail: 'Se on ehkä jo avattu (jotkin sähköpostisovellukset avaavat linkkejä tarkistaakseen ne), tai sen jälkeen on lähetetty uudempi linkki. Pyydä uusi kirjautumissivulla.',
    },
    failed: {
      title: 'Tällä linkillä kirjautuminen ei onnistunut',
      lead: 'Jokin meni vikaan, kun kirjautumista viimeisteltiin tällä linkillä.',
      detail: 'Yritä uudelleen kirjautumissivulta. Jos näin käy uudelleen, ota yhteyttä tähän sivustoon.',
    },
    other_browser: {
      title: 'Avaa linkki siinä selaimessa, jossa pyysit sitä',
      lead: 'Tällä linkillä kirjautumisen voi viimeistellä vain siinä selaimessa, jossa pyysit linkkiä.',
      detail: 'Avaa se siellä tai pyydä uusi kirjautumissivulla.',
    },
    no_cookies: {
      title: 'Tämä selain ei säilyttänyt kirjautumisevästettä',
      lead: 'Jotta kirjautuminen linkillä voidaan viimeistellä täällä, tämä sivusto tarvitsee evästeen, mutta tämä selain ei säilyttänyt sitä.',
      detail: 'Salli, että {site} voi tallentaa evästeitä, tai avaa linkki siinä selaimessa, jossa pyysit sitä.',
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
  bn: {
    dir: 'ltr',
    fewMinutes: 'কয়েক মিনিট',
    thisSite: 'এই সাইট',
    action: 'সাইন-ইন পেজে যান',
    expired: {
      title: 'এই সাইন-ইন লিঙ্কের মেয়াদ শেষ হয়ে গেছে',
      lead: 'সাইন-ইন লিঙ্ক মাত্র {lifetime} পর্যন্ত কাজ করে, আর শুধু একবারই।',
      detail: 'সাইন-ইন পেজ থেকে নতুন লিঙ্ক চান।',
    },
    used: {
      title: 'এই সাইন-ইন লিঙ্কটি আর কাজ করে না',
      lead: 'একটি সাইন-ইন লিঙ্ক শুধু একবারই কাজ করে, আর নতুন লিঙ্ক এলে আগের লিঙ্কগুলো বাতিল হয়ে যায়।',
      detail: 'হয়তো এটি আগেই খোলা হয়েছে (কিছু ইমেল অ্যাপ যাচাই করতে লিঙ্ক খুলে দেখে), অথবা এর পরে নতুন লিঙ্ক পাঠানো হয়েছে। সাইন-ইন পেজ থেকে নতুন লিঙ্ক চান।',
    },
    failed: {
      title: 'এই সাইন-ইন লিঙ্ক দিয়ে সাইন-ইন করা যায়নি',
      lead: 'এই লিঙ্ক দিয়ে সাইন-ইন সম্পূর্ণ করার সময় কিছু একটা সমস্যা হয়েছে।',
      detail: 'সাইন-ইন পেজ থেকে আবার চেষ্টা করুন। আবারও এমন হলে এই সাইটের সঙ্গে যোগাযোগ করুন।',
    },
    other_browser: {
      title: 'যে ব্রাউজার থেকে লিঙ্কটি চেয়েছিলেন, সেখানেই খুলুন',
      lead: 'এই সাইন-ইন লিঙ্ক দিয়ে শুধু সেই ব্রাউজারেই সাইন-ইন সম্পূর্ণ করা যায়, যেখান থেকে আপনি এটি চেয়েছিলেন।',
      detail: 'লিঙ্কটি সেখানে খুলুন, অথবা সাইন-ইন পেজ থেকে নতুন লিঙ্ক চান।',
    },
    no_cookies: {
      title: 'এই ব্রাউজার সাইন-ইনের কুকি রাখেনি',
      lead: 'এখানে লিঙ্ক দিয়ে সাইন-ইন সম্পূর্ণ করতে এই সাইটের একটি কুকি দরকার, কিন্তু এই ব্রাউজার সেটি রাখেনি।',
      detail: '{site} যাতে কুকি ব্যবহার করতে পারে, সেই অনুমতি দিন, অথবা যে ব্রাউজার থেকে লিঙ্কটি চেয়েছিলেন সেখানেই খুলুন।',
    },
  },
  gu: {
    dir: 'ltr',
    fewMinutes: 'થોડી મિનિટ',
    thisSite: 'આ સાઇટ',
    action: 'સાઇન-ઇન પેજ પર જાઓ',
    expired: {
      title: 'આ સાઇન-ઇન લિંકની સમયમર્યાદા પૂરી થઈ ગઈ છે',
      lead: 'સાઇન-ઇન લિંક ફક્ત {lifetime} સુધી અને ફક્ત એક જ વાર કામ કરે છે.',
      detail: 'સાઇન-ઇન પેજ પર નવી લિંક માગો.',
    },
    used: {
      title: 'આ સાઇન-ઇન લિંક હવે કામ કરતી નથી',
      lead: 'સાઇન-ઇન લિંક ફક્ત એક જ વાર કામ કરે છે, અને નવી લિંક આવે ત્યારે અગાઉની લિંક રદ થઈ જાય છે.',
      detail: 'શક્ય છે કે તે પહેલેથી ખોલાઈ ગઈ હોય (કેટલીક ઇમેઇલ ઍપ લિંક તપાસવા માટે તેને ખોલે છે), અથવા પછીથી નવી લિંક મોકલવામાં આવી હોય. સાઇન-ઇન પેજ પર નવી લિંક માગો.',
    },
    failed: {
      title: 'આ સાઇન-ઇન લિંકથી સાઇન ઇન થઈ શક્યું નહીં',
      lead: 'આ લિંકથી સાઇન ઇન પૂર્ણ કરતી વખતે કંઈક ખોટું થયું.',
      detail: 'સાઇન-ઇન પેજ પરથી ફરી પ્રયાસ કરો. જો ફરીથી આવું થાય, તો આ સાઇટનો સંપર્ક કરો.',
    },
    other_browser: {
      title: 'જે બ્રાઉઝરમાં લિંક માગી હતી, તેમાં જ ખોલો',
      lead: 'આ સાઇન-ઇન લિંકથી સાઇન ઇન ફક્ત એ જ બ્રાઉઝરમાં પૂર્ણ થઈ શકે છે, જેમાં તમે તે માગી હતી.',
      detail: 'તેને ત્યાં ખોલો, અથવા સાઇન-ઇન પેજ પર નવી લિંક માગો.',
    },
    no_cookies: {
      title: 'આ બ્રાઉઝરે સાઇન-ઇન કૂકી રાખી નથી',
      lead: 'અહીં લિંકથી સાઇન ઇન પૂર્ણ કરવા માટે આ સાઇટને એક કૂકીની જરૂર છે, પણ આ બ્રાઉઝરે તે રાખી નથી.',
      detail: '{site} માટે કૂકીની મંજૂરી આપો, અથવા જે બ્રાઉઝરમાં લિંક માગી હતી, તેમાં જ ખોલો.',
    },
  },
  kn: {
    dir: 'ltr',
    fewMinutes: 'ಕೆಲವು ನಿಮಿಷಗಳು',
    thisSite: 'ಈ',
    action: 'ಸೈನ್-ಇನ್ ಪುಟಕ್ಕೆ ಹೋಗಿ',
    expired: {
      title: 'ಈ ಸೈನ್-ಇನ್ ಲಿಂಕ್‌ನ ಅವಧಿ ಮುಗಿದಿದೆ',
      lead: 'ಸೈನ್-ಇನ್ ಲಿಂಕ್‌ಗಳ ಅವಧಿ {lifetime} ಮಾತ್ರ, ಮತ್ತು ಪ್ರತಿ ಲಿಂಕ್ ಅನ್ನು ಒಂದೇ ಬಾರಿ ಬಳಸಬಹುದು.',
      detail: 'ಸೈನ್-ಇನ್ ಪುಟದಲ್ಲಿ ಹೊಸ ಲಿಂಕ್ ಕೇಳಿ.',
    },
    used: {
      title: 'ಈ ಸೈನ್-ಇನ್ ಲಿಂಕ್ ಇನ್ನು ಕೆಲಸ ಮಾಡುವುದಿಲ್ಲ',
      lead: 'ಸೈನ್-ಇನ್ ಲಿಂಕ್ ಒಂದೇ ಬಾರಿ ಕೆಲಸ ಮಾಡುತ್ತದೆ, ಮತ್ತು ಹೊಸ ಲಿಂಕ್ ಬಂದಾಗ ಹಿಂದಿನ ಲಿಂಕ್‌ಗಳು ರದ್ದಾಗುತ್ತವೆ.',
      detail: 'ಇದನ್ನು ಈಗಾಗಲೇ ತೆರೆಯಲಾಗಿರಬಹುದು (ಕೆಲವು ಇಮೇಲ್ ಆ್ಯಪ್‌ಗಳು ಲಿಂಕ್‌ಗಳನ್ನು ಪರಿಶೀಲಿಸಲು ತೆರೆಯುತ್ತವೆ), ಅಥವಾ ನಂತರ ಹೊಸ ಲಿಂಕ್ ಕಳುಹಿಸಲಾಗಿರಬಹುದು. ಸೈನ್-ಇನ್ ಪುಟದಲ್ಲಿ ಹೊಸ ಲಿಂಕ್ ಕೇಳಿ.',
    },
    failed: {
      title: 'ಈ ಸೈನ್-ಇನ್ ಲಿಂಕ್‌ನಿಂದ ಸೈನ್ ಇನ್ ಆಗಲಿಲ್ಲ',
      lead: 'ಈ ಲಿಂಕ್‌ನಿಂದ ಸೈನ್ ಇನ್ ಪೂರ್ಣಗೊಳಿಸುವಾಗ ಏನೋ ತಪ್ಪಾಗಿದೆ.',
      detail: 'ಸೈನ್-ಇನ್ ಪುಟದಿಂದ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ. ಇದು ಮತ್ತೆ ಸಂಭವಿಸಿದರೆ, ದಯವಿಟ್ಟು ಈ ಸೈಟ್ ಅನ್ನು ಸಂಪರ್ಕಿಸಿ.',
    },
    other_browser: {
      title: 'ಲಿಂಕ್ ಕೇಳಿದ ಬ್ರೌಸರ್‌ನಲ್ಲೇ ಅದನ್ನು ತೆರೆಯಿರಿ',
      lead: 'ಈ ಸೈನ್-ಇನ್ ಲಿಂಕ್‌ನಿಂದ ಸೈನ್ ಇನ್ ಅನ್ನು ನೀವು ಅದನ್ನು ಕೇಳಿದ ಬ್ರೌಸರ್‌ನಲ್ಲಿ ಮಾತ್ರ ಪೂರ್ಣಗೊಳಿಸಬಹುದು.',
      detail: 'ಅದನ್ನು ಅಲ್ಲಿ ತೆರೆಯಿರಿ, ಅಥವಾ ಸೈನ್-ಇನ್ ಪುಟದಲ್ಲಿ ಹೊಸ ಲಿಂಕ್ ಕೇಳಿ.',
    },
    no_cookies: {
      title: 'ಈ ಬ್ರೌಸರ್ ಸೈನ್-ಇನ್ ಕುಕೀಯನ್ನು ಉಳಿಸಿಕೊಂಡಿಲ್ಲ',
      lead: 'ಇಲ್ಲಿ ಲಿಂಕ್‌ನಿಂದ ಸೈನ್ ಇನ್ ಪೂರ್ಣಗೊಳಿಸಲು ಈ ಸೈಟ್‌ಗೆ ಒಂದು ಕುಕೀ ಬೇಕು, ಆದರೆ ಈ ಬ್ರೌಸರ್ ಅದನ್ನು ಉಳಿಸಿಕೊಂಡಿಲ್ಲ.',
      detail: '{site} ಸೈಟ್‌ಗಾಗಿ ಕುಕೀಗಳನ್ನು ಅನುಮತಿಸಿ, ಅಥವಾ ನೀವು ಲಿಂಕ್ ಕೇಳಿದ ಬ್ರೌಸರ್‌ನಲ್ಲಿ ಅದನ್ನು ತೆರೆಯಿರಿ.',
    },
  },
  ml: {
    dir: 'ltr',
    fewMinutes: 'കുറച്ച് മിനിറ്റ്',
    thisSite: 'ഈ',
    action: 'സൈൻ-ഇൻ പേജിലേക്ക് പോകുക',
    expired: {
      title: 'ഈ സൈൻ-ഇൻ ലിങ്കിന്റെ കാലാവധി കഴിഞ്ഞു',
      lead: 'സൈൻ-ഇൻ ലിങ്കുകൾ {lifetime} നേരത്തേക്ക് മാത്രമേ പ്രവർത്തിക്കൂ, അതും ഒരു തവണ മാത്രം.',
      detail: 'സൈൻ-ഇൻ പേജിൽ പുതിയൊരെണ്ണം ആവശ്യപ്പെടുക.',
    },
    used: {
      title: 'ഈ സൈൻ-ഇൻ ലിങ്ക് ഇനി പ്രവർത്തിക്കില്ല',
      lead: 'ഒരു സൈൻ-ഇൻ ലിങ്ക് ഒരു തവണ മാത്രമേ പ്രവർത്തിക്കൂ, പുതിയ ലിങ്ക് വരുമ്പോൾ പഴയവ അസാധുവാകും.',
      detail: 'ഇത് നേരത്തേ തുറന്നിട്ടുണ്ടാകാം (ചില ഇമെയിൽ ആപ്പുകൾ പരിശോധിക്കാനായി ലിങ്കുകൾ തുറക്കാറുണ്ട്), അല്ലെങ്കിൽ അതിനുശേഷം പുതിയൊരു ലിങ്ക് അയച്ചിട്ടുണ്ടാകാം. സൈൻ-ഇൻ പേജിൽ പുതിയൊരെണ്ണം ആവശ്യപ്പെടുക.',
    },
    failed: {
      title: 'ഈ സൈൻ-ഇൻ ലിങ്ക് ഉപയോഗിച്ച് സൈൻ ഇൻ ചെയ്യാനായില്ല',
      lead: 'ഈ ലിങ്ക് ഉപയോഗിച്ച് സൈൻ ഇൻ പൂർത്തിയാക്കുന്നതിനിടെ എന്തോ കുഴപ്പം സംഭവിച്ചു.',
      detail: 'സൈൻ-ഇൻ പേജിൽ നിന്ന് വീണ്ടും ശ്രമിക്കുക. ഇത് വീണ്ടും സംഭവിച്ചാൽ, ദയവായി ഈ സൈറ്റിനെ ബന്ധപ്പെടുക.',
    },
    other_browser: {
      title: 'ലിങ്ക് ആവശ്യപ്പെട്ട ബ്രൗസറിൽ തന്നെ അത് തുറക്കുക',
      lead: 'ഈ സൈൻ-ഇൻ ലിങ്ക് നിങ്ങൾ ആവശ്യപ്പെട്ട ബ്രൗസറിൽ മാത്രമേ പൂർത്തിയാക്കാനാകൂ.',
      detail: 'അത് അവിടെ തുറക്കുക, അല്ലെങ്കിൽ സൈൻ-ഇൻ പേജിൽ പുതിയൊരെണ്ണം ആവശ്യപ്പെടുക.',
    },
    no_cookies: {
      title: 'ഈ ബ്രൗസർ സൈൻ-ഇൻ കുക്കി സൂക്ഷിച്ചില്ല',
      lead: 'ഇവിടെ ഒരു ലിങ്ക് വഴി സൈൻ ഇൻ പൂർത്തിയാക്കാൻ ഈ സൈറ്റിന് ഒരു കുക്കി ആവശ്യമാണ്, പക്ഷേ ഈ ബ്രൗസർ അത് സൂക്ഷിച്ചില്ല.',
      detail: '{site} സൈറ്റിനായി കുക്കികൾ അനുവദിക്കുക, അല്ലെങ്കിൽ ലിങ്ക് ആവശ്യപ്പെട്ട ബ്രൗസറിൽ തന്നെ അത് തുറക്കുക.',
    },
  },
  am: {
    dir: 'ltr',
    fewMinutes: 'ጥቂት ደቂቃዎች',
    thisSite: 'ይህ ጣቢያ',
    action: 'ወደ መግቢያ ገጹ ይሂዱ',
    expired: {
      title: 'የዚህ የመግቢያ አገናኝ ጊዜ አልፎበታል',
      lead: 'የመግቢያ አገናኝ የሚሠራው ለ{lifetime} ብቻ ነው፤ የሚያገለግለውም አንድ ጊዜ ብቻ ነው።',
      detail: 'በመግቢያ ገጹ ላይ አዲስ አገናኝ ይጠይቁ።',
    },
    used: {
      title: 'ይህ የመግቢያ አገናኝ ከእንግዲህ አይሠራም',
      lead: 'የመግቢያ አገናኝ የሚሠራው አንድ ጊዜ ብቻ ነው፤ አዲስ አገናኝ ሲላክም ከእሱ በፊት የተላኩት መሥራት ያቆማሉ።',
      detail: 'አስቀድሞ ተከፍቶ ሊሆን ይችላል (አንዳንድ የኢሜይል መተግበሪያዎች አገናኞችን ለመፈተሽ ይከፍቷቸዋል)፣ ወይም ከዚያ በኋላ አዲስ አገናኝ ተልኮ ሊሆን ይችላል። በመግቢያ ገጹ ላይ አዲስ አገናኝ ይጠይቁ።',
    },
    failed: {
      title: 'በዚህ የመግቢያ አገናኝ መግባት አልተቻለም',
      lead: 'በዚህ አገናኝ መግባቱን በማጠናቀቅ ላይ ሳለ ችግር ተፈጥሯል።',
      detail: 'ከመግቢያ ገጹ እንደገና ይሞክሩ። ይህ እንደገና ከተከሰተ፣ እባክዎ ይህን ጣቢያ ያነጋግሩ።',
    },
    other_browser: {
      title: 'አገናኙን በጠየቁበት አሳሽ ይክፈቱት',
      lead: 'በዚህ የመግቢያ አገናኝ መግባትን ማጠናቀቅ የሚቻለው አገናኙን በጠየቁበት አሳሽ ብቻ ነው።',
      detail: 'እዚያ ይክፈቱት፣ ወይም በመግቢያ ገጹ ላይ አዲስ አገናኝ ይጠይቁ።',
    },
    no_cookies: {
      title: 'ይህ አሳሽ የመግቢያ ኩኪውን አላስቀመጠም',
      lead: 'እዚህ በአገናኝ መግባትን ለማጠናቀቅ ይህ ጣቢያ ኩኪ ያስፈልገዋል፤ ይህ አሳሽ ግን አላስቀመጠውም።',
      detail: '{site} ኩኪዎችን እንዲጠቀም ይፍቀዱ፣ ወይም አገናኙን በጠየቁበት አሳሽ ይክፈቱት።',
    },
  },
  'pt-pt': {
    dir: 'ltr',
    fewMinutes: 'alguns minutos',
    thisSite: 'este site',
    action: 'Ir para a página de início de sessão',
    expired: {
      title: 'Este link de início de sessão expirou',
      lead: 'Os links de início de sessão só funcionam durante {lifetime} e uma única vez.',
      detail: 'Peça um novo na página de início de sessão.',
    },
    used: {
      title: 'Este link de início de sessão já não funciona',
      lead: 'Um link de início de sessão só funciona uma vez, e um link mais recente substitui os anteriores.',
      detail: 'É possível que já tenha sido aberto (algumas aplicações de email abrem os links para os verificar) ou que entretanto tenha sido enviado um link mais recente. Peça um novo na página de início de sessão.',
    },
    failed: {
      title: 'Não foi possível iniciar sessão com este link',
      lead: 'Ocorreu um erro ao concluir o início de sessão com este link.',
      detail: 'Tente novamente a partir da página de início de sessão. Se voltar a acontecer, contacte este site.',
    },
    other_browser: {
      title: 'Abra o link onde o pediu',
      lead: 'Este link de início de sessão só pode ser concluído no navegador em que o pediu.',
      detail: 'Abra-o nesse navegador ou peça um novo na página de início de sessão.',
    },
    no_cookies: {
      title: 'Este navegador não guardou o cookie de início de sessão',
      lead: 'Para concluir aqui um início de sessão por link, este site precisa de um cookie, e este navegador não o guardou.',
      detail: 'Permita cookies para {site} ou abra o link no navegador em que o pediu.',
    },
  },
  'fr-ca': {
    dir: 'ltr',
    fewMinutes: 'quelques minutes',
    thisSite: 'ce site',
    action: 'Aller à la page de connexion',
    expired: {
      title: 'Ce lien de connexion est expiré',
      lead: 'Un lien de connexion est valide pendant {lifetime} seulement, et une seule fois.',
      detail: 'Demandez-en un nouveau à la page de connexion.',
    },
    used: {
      title: 'Ce lien de connexion n’est plus valide',
      lead: 'Un lien de connexion ne sert qu’une fois, et un lien plus récent remplace les précédents.',
      detail: 'Il a peut-être déjà été ouvert (certains logiciels de courriel ouvrent les liens pour les vérifier), ou un lien plus récent vous a été envoyé depuis. Demandez-en un nouveau à la page de connexion.',
    },
    failed: {
      title: 'Ce lien de connexion n’a pas permis de vous connecter',
      lead: 'Un problème est survenu pendant la connexion au moyen de ce lien.',
      detail: 'Réessayez à partir de la page de connexion. Si le problème se reproduit, communiquez avec ce site.',
    },
    other_browser: {
      title: 'Ouvrez le lien là où vous l’avez demandé',
      lead: 'Ce lien de connexion ne peut servir que dans le navigateur où vous l’avez demandé.',
      detail: 'Ouvrez-le dans ce navigateur, ou demandez-en un nouveau à la page de connexion.',
    },
    no_cookies: {
      title: 'Ce navigateur n’a pas conservé le témoin de connexion',
      lead: 'Pour terminer ici une connexion par lien, ce site a besoin d’un témoin (cookie), et ce navigateur ne l’a pas conservé.',
      detail: 'Autorisez les témoins pour {site}, ou ouvrez le lien dans le navigateur où vous l’avez demandé.',
    },
  },
  nn: {
    dir: 'ltr',
    fewMinutes: 'nokre minutt',
    thisSite: 'denne nettstaden',
    action: 'Gå til innloggingssida',
    expired: {
      title: 'Denne innloggingslenkja har gått ut',
      lead: 'Innloggingslenkjer verkar berre i {lifetime}, og berre éin gong.',
      detail: 'Be om ei ny på innloggingssida.',
    },
    used: {
      title: 'Denne innloggingslenkja verkar ikkje lenger',
      lead: 'Ei innloggingslenkje verkar berre éin gong, og ei nyare lenkje erstattar dei tidlegare.',
      detail: 'Ho kan alt ha vorte opna (somme e-postprogram opnar lenkjer for å sjekke dei), eller det er sendt ei nyare lenkje sidan. Be om ei ny på innloggingssida.',
    },
    failed: {
      title: 'Du vart ikkje logga inn med denne lenkja',
      lead: 'Noko gjekk gale då innlogginga med denne lenkja skulle fullførast.',
      detail: 'Prøv igjen frå innloggingssida. Om det skjer igjen, kan du kontakte denne nettstaden.',
    },
    other_browser: {
      title: 'Opne lenkja der du bad om ho',
      lead: 'Innlogginga med denne lenkja kan berre fullførast i nettlesaren der du bad om ho.',
      detail: 'Opne ho der, eller be om ei ny på innloggingssida.',
    },
    no_cookies: {
      title: 'Denne nettlesaren lagra ikkje informasjonskapselen for innlogging',
      lead: 'For å fullføre ei innlogging med lenkje her treng denne nettstaden ein informasjonskapsel, og denne nettlesaren lagra han ikkje.',
      detail: 'Tillat informasjonskapslar for {site}, eller opne lenkja i nettlesaren der du bad om ho.',
    },
  },
  cnr: {
    dir: 'ltr',
    fewMinutes: 'nekoliko minuta',
    thisSite: 'ovaj sajt',
    action: 'Idi na stranicu za prijavu',
    expired: {
      title: 'Ovom linku za prijavu je istekao rok',
      lead: 'Link za prijavu može se iskoristiti samo jednom, a važi {lifetime}.',
      detail: 'Zatražite novi na stranici za prijavu.',
    },
    used: {
      title: 'Ovaj link za prijavu više ne važi',
      lead: 'Link za prijavu može se iskoristiti samo jednom, a noviji link zamjenjuje prethodne.',
      detail: 'Možda je već otvoren (neki programi za e-mail otvaraju linkove da bi ih provjerili) ili je u međuvremenu poslat noviji link. Zatražite novi na stranici za prijavu.',
    },
    failed: {
      title: 'Prijava ovim linkom nije uspjela',
      lead: 'Nešto nije u redu prilikom završavanja prijave ovim linkom.',
      detail: 'Pokušajte ponovo sa stranice za prijavu. Ako se to ponovi, obratite se ovom sajtu.',
    },
    other_browser: {
      title: 'Otvorite link tamo gdje ste ga zatražili',
      lead: 'Prijava ovim linkom može se završiti samo u pretraživaču u kojem ste ga zatražili.',
      detail: 'Otvorite ga tamo ili zatražite novi na stranici za prijavu.',
    },
    no_cookies: {
      title: 'Ovaj pretraživač nije sačuvao kolačić za prijavu',
      lead: 'Da bi se prijava linkom ovdje završila, ovom sajtu je potreban kolačić, a ovaj pretraživač ga nije sačuvao.',
      detail: 'Dozvolite kolačiće za {site} ili otvorite link u pretraživaču u kojem ste ga zatražili.',
    },
  },
  zgh: {
    dir: 'ltr',
    fewMinutes: 'ⴽⵔⴰ ⵏ ⵜⵓⵙⴷⵉⴷⵉⵏ',
    thisSite: 'ⴰⵙⵉⵜ ⴰⴷ',
    action: 'ⴷⴷⵓ ⵖⵔ ⵜⴰⵙⵏⴰ ⵏ ⵓⴽⵛⵛⵓⵎ',
    expired: {
      title: 'ⴰⵙⵖⵏ ⴰⴷ ⵏ ⵓⴽⵛⵛⵓⵎ ⵉⵣⵔⵉ ⵜⵉⵣⵉ ⵏⵏⵙ',
      lead: 'ⴰⵙⵖⵏ ⵏ ⵓⴽⵛⵛⵓⵎ ⵉⵙⵡⵓⵔⵉ ⵖⴰⵙ ⵉ {lifetime}, ⴷ ⵢⴰⵜ ⵜⵉⴽⴽⵍⵜ ⴽⴰ.',
      detail: 'ⵜⵜⵔ ⵢⴰⵏ ⴰⵎⴰⵢⵏⵓ ⴳ ⵜⴰⵙⵏⴰ ⵏ ⵓⴽⵛⵛⵓⵎ.',
    },
    used: {
      title: 'ⴰⵙⵖⵏ ⴰⴷ ⵏ ⵓⴽⵛⵛⵓⵎ ⵓⵔ ⵙⵓⵍ ⵉⵙⵡⵓⵔⵉ',
      lead: 'ⴰⵙⵖⵏ ⵏ ⵓⴽⵛⵛⵓⵎ ⵉⵙⵡⵓⵔⵉ ⵢⴰⵜ ⵜⵉⴽⴽⵍⵜ ⴽⴰ, ⴷ ⵓⵙⵖⵏ ⴰⵎⴰⵢⵏⵓ ⴰⵔ ⵉⵙⵙⵏⵇⵇⴰⵙ ⵉⵏⵏⴰ ⵜ ⵉⵣⵡⴰⵔⵏ.',
      detail: 'ⵉⵥⴹⴰⵕ ⴰⴷ ⵉⵜⵜⵓⵔⵥⵎ ⵢⴰⴷ (ⴽⵔⴰ ⵏ ⵜⵙⵏⵙⵉⵡⵉⵏ ⵏ ⵉⵎⴰⵢⵍ ⴰⵔ ⵜⵔⵥⵎⵏⵜ ⵉⵙⵖⵏⴰⵏ ⵃⵎⴰ ⴰⴷ ⵜⵏ ⵙⵙⵉⴷⴷⵏⵜ), ⵏⵖ ⵉⵜⵜⵓⵣⵏ ⵢⴰⵏ ⵓⵙⵖⵏ ⴰⵎⴰⵢⵏⵓ ⴷⴼⴼⵉⵔⵙ. ⵜⵜⵔ ⵢⴰⵏ ⴰⵎⴰⵢⵏⵓ ⴳ ⵜⴰⵙⵏⴰ ⵏ ⵓⴽⵛⵛⵓⵎ.',
    },
    failed: {
      title: 'ⴰⵙⵖⵏ ⴰⴷ ⵏ ⵓⴽⵛⵛⵓⵎ ⵓⵔ ⴽ ⵉⵙⴽⵛⵎ',
      lead: 'ⵜⵍⵍⴰ ⴽⵔⴰ ⵏ ⵜⵣⴳⵍⵜ ⴳ ⵓⵙⵎⴷ ⵏ ⵓⴽⵛⵛⵓⵎ ⵙ ⵓⵙⵖⵏ ⴰⴷ.',
      detail: 'ⴰⵔⵎ ⴷⴰⵖ ⵙⴳ ⵜⴰⵙⵏⴰ ⵏ ⵓⴽⵛⵛⵓⵎ. ⵉⵖ ⵉⵍⵍⴰ ⴷⴰⵖ, ⵎⵙⴰⵡⴰⴹ ⴰⴽⴷ ⵓⵙⵉⵜ ⴰⴷ.',
    },
    other_browser: {
      title: 'ⵔⵥⵎ ⴰⵙⵖⵏ ⴳ ⵓⵎⴽⴰⵏ ⵏⵏⴰ ⴳ ⵜ ⵜⵜⵔⴷ',
      lead: 'ⴰⴽⵛⵛⵓⵎ ⵙ ⵓⵙⵖⵏ ⴰⴷ ⵓⵔ ⵉⵜⵜⵎⵎⴰ ⵖⴰⵙ ⴳ ⵓⵎⵙⵜⴰⵔⴰ ⵏⵏⴰ ⴳ ⵜ ⵜⵜⵔⴷ.',
      detail: 'ⵔⵥⵎ ⵜ ⴷⵉⵏⵏ, ⵏⵖ ⵜⵜⵔ ⵢⴰⵏ ⴰⵎⴰⵢⵏⵓ ⴳ ⵜⴰⵙⵏⴰ ⵏ ⵓⴽⵛⵛⵓⵎ.',
    },
    no_cookies: {
      title: 'ⴰⵎⵙⵜⴰⵔⴰ ⴰⴷ ⵓⵔ ⵉⵃⴹⵉ ⴰⴽⵓⴽⵉ ⵏ ⵓⴽⵛⵛⵓⵎ',
      lead: 'ⵃⵎⴰ ⴰⴷ ⵉⵎⴷ ⵓⴽⵛⵛⵓⵎ ⵙ ⵓⵙⵖⵏ ⴷⴰ, ⴰⵙⵉⵜ ⴰⴷ ⵉⵙⵔⵙ ⴰⴽⵓⴽⵉ, ⵎⴰⵛⴰ ⴰⵎⵙⵜⴰⵔⴰ ⴰⴷ ⵓⵔ ⵜ ⵉⵃⴹⵉ.',
      detail: 'ⴰⵊⵊ ⵉⴽⵓⴽⵉⵜⵏ ⵉ {site}, ⵏⵖ ⵔⵥⵎ ⴰⵙⵖⵏ ⴳ ⵓⵎⵙⵜⴰⵔⴰ ⵏⵏⴰ ⴳ ⵜ ⵜⵜⵔⴷ.',
    },
  },
  mr: {
    dir: 'ltr',
    fewMinutes: 'काही मिनिटे',
    // Marathi joins "site" to its postposition: the detail says "{site} साइटसाठी", so this is "या" ("this").
    thisSite: 'या',
    action: 'साइन-इन पेजवर जा',
    expired: {
      title: 'या साइन-इन लिंकची मुदत संपली आहे',
      lead: 'साइन-इन लिंक फक्त {lifetime} आणि फक्त एकदाच चालतात.',
      detail: 'साइन-इन पेजवर नवीन लिंक मागवा.',
    },
    used: {
      title: 'ही साइन-इन लिंक आता चालत नाही',
      lead: 'साइन-इन लिंक फक्त एकदाच चालते, आणि नवीन लिंक आधीच्या लिंकची जागा घेते.',
      detail: 'ती कदाचित आधीच उघडली गेली असेल (काही ईमेल ॲप लिंक तपासण्यासाठी त्या उघडतात), किंवा त्यानंतर नवीन लिंक पाठवली गेली असेल. साइन-इन पेजवर नवीन लिंक मागवा.',
    },
    failed: {
      title: 'या साइन-इन लिंकने तुम्हाला साइन इन करता आले नाही',
      lead: 'या लिंकने साइन इन पूर्ण करताना काहीतरी चुकले.',
      detail: 'साइन-इन पेजवरून पुन्हा प्रयत्न करा. असे पुन्हा झाल्यास, कृपया या साइटशी संपर्क साधा.',
    },
    other_browser: {
      title: 'ज्या ब्राउझरमध्ये लिंक मागवली, तिथेच ती उघडा',
      lead: 'ही साइन-इन लिंक फक्त ज्या ब्राउझरमध्ये तुम्ही ती मागवली, त्यातच पूर्ण होऊ शकते.',
      detail: 'ती तिथेच उघडा, किंवा साइन-इन पेजवर नवीन लिंक मागवा.',
    },
    no_cookies: {
      title: 'या ब्राउझरने साइन-इन कुकी ठेवली नाही',
      lead: 'इथे लिंकने साइन इन पूर्ण करण्यासाठी या साइटला एक कुकी लागते, आणि या ब्राउझरने ती ठेवली नाही.',
      detail: '{site} साइटसाठी कुकीजना परवानगी द्या, किंवा ज्या ब्राउझरमध्ये तुम्ही लिंक मागवली, त्यातच ती उघडा.',
    },
  },
  pa: {
    dir: 'ltr',
    fewMinutes: 'ਕੁਝ ਮਿੰਟ',
    thisSite: 'ਇਸ ਸਾਈਟ',
    action: 'ਸਾਈਨ-ਇਨ ਪੰਨੇ ’ਤੇ ਜਾਓ',
    expired: {
      title: 'ਇਸ ਸਾਈਨ-ਇਨ ਲਿੰਕ ਦੀ ਮਿਆਦ ਖ਼ਤਮ ਹੋ ਗਈ ਹੈ',
      lead: 'ਸਾਈਨ-ਇਨ ਲਿੰਕ ਸਿਰਫ਼ {lifetime} ਲਈ ਅਤੇ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ ਕੰਮ ਕਰਦੇ ਹਨ।',
      detail: 'ਸਾਈਨ-ਇਨ ਪੰਨੇ ’ਤੇ ਨਵਾਂ ਲਿੰਕ ਮੰਗੋ।',
    },
    used: {
      title: 'ਇਹ ਸਾਈਨ-ਇਨ ਲਿੰਕ ਹੁਣ ਕੰਮ ਨਹੀਂ ਕਰਦਾ',
      lead: 'ਸਾਈਨ-ਇਨ ਲਿੰਕ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ ਕੰਮ ਕਰਦਾ ਹੈ, ਅਤੇ ਨਵਾਂ ਲਿੰਕ ਪਿਛਲੇ ਲਿੰਕਾਂ ਦੀ ਥਾਂ ਲੈ ਲੈਂਦਾ ਹੈ।',
      detail: 'ਹੋ ਸਕਦਾ ਹੈ ਇਸਨੂੰ ਪਹਿਲਾਂ ਹੀ ਖੋਲ੍ਹਿਆ ਜਾ ਚੁੱਕਾ ਹੋਵੇ (ਕੁਝ ਈਮੇਲ ਐਪਾਂ ਜਾਂਚ ਲਈ ਲਿੰਕ ਖੋਲ੍ਹ ਲੈਂਦੀਆਂ ਹਨ), ਜਾਂ ਉਸ ਤੋਂ ਬਾਅਦ ਨਵਾਂ ਲਿੰਕ ਭੇਜਿਆ ਗਿਆ ਹੋਵੇ। ਸਾਈਨ-ਇਨ ਪੰਨੇ ’ਤੇ ਨਵਾਂ ਲਿੰਕ ਮੰਗੋ।',
    },
    failed: {
      title: 'ਇਸ ਸਾਈਨ-ਇਨ ਲਿੰਕ ਨਾਲ ਸਾਈਨ ਇਨ ਨਹੀਂ ਹੋ ਸਕਿਆ',
      lead: 'ਇਸ ਲਿੰਕ ਨਾਲ ਸਾਈਨ ਇਨ ਪੂਰਾ ਕਰਦੇ ਸਮੇਂ ਕੁਝ ਗਲਤ ਹੋ ਗਿਆ।',
      detail: 'ਸਾਈਨ-ਇਨ ਪੰਨੇ ਤੋਂ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਜੇ ਅਜਿਹਾ ਫਿਰ ਹੋਵੇ, ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਸਾਈਟ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।',
    },
    other_browser: {
      title: 'ਲਿੰਕ ਉਸੇ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਖੋਲ੍ਹੋ ਜਿਸ ਵਿੱਚ ਤੁਸੀਂ ਇਹ ਮੰਗਿਆ ਸੀ',
      lead: 'ਇਹ ਸਾਈਨ-ਇਨ ਲਿੰਕ ਸਿਰਫ਼ ਉਸੇ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਪੂਰਾ ਹੋ ਸਕਦਾ ਹੈ ਜਿਸ ਵਿੱਚ ਤੁਸੀਂ ਇਹ ਮੰਗਿਆ ਸੀ।',
      detail: 'ਇਸਨੂੰ ਉੱਥੇ ਖੋਲ੍ਹੋ, ਜਾਂ ਸਾਈਨ-ਇਨ ਪੰਨੇ ’ਤੇ ਨਵਾਂ ਲਿੰਕ ਮੰਗੋ।',
    },
    no_cookies: {
      title: 'ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਨੇ ਸਾਈਨ-ਇਨ ਕੁਕੀ ਨਹੀਂ ਰੱਖੀ',
      lead: 'ਇੱਥੇ ਲਿੰਕ ਨਾਲ ਸਾਈਨ ਇਨ ਪੂਰਾ ਕਰਨ ਲਈ ਇਸ ਸਾਈਟ ਨੂੰ ਇੱਕ ਕੁਕੀ ਦੀ ਲੋੜ ਹੈ, ਅਤੇ ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਨੇ ਉਹ ਨਹੀਂ ਰੱਖੀ।',
      detail: '{site} ਲਈ ਕੁਕੀਜ਼ ਦੀ ਇਜਾਜ਼ਤ ਦਿਓ, ਜਾਂ ਲਿੰਕ ਉਸੇ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਖੋਲ੍ਹੋ ਜਿਸ ਵਿੱਚ ਤੁਸੀਂ ਇਹ ਮੰਗਿਆ ਸੀ।',
    },
  },
  ta: {
    dir: 'ltr',
    fewMinutes: 'சில நிமிடங்கள்',
    // The detail says "{site} தளத்துக்கு" (the case ending joins the noun), so this is "இந்தத்" ("this").
    thisSite: 'இந்தத்',
    action: 'உள்நுழைவுப் பக்கத்துக்குச் செல்லுங்கள்',
    expired: {
      title: 'இந்த உள்நுழைவு இணைப்பு காலாவதியாகிவிட்டது',
      lead: 'உள்நுழைவு இணைப்புகள் {lifetime} மட்டுமே செல்லுபடியாகும், அவற்றை ஒருமுறை மட்டுமே பயன்படுத்த முடியும்.',
      detail: 'உள்நுழைவுப் பக்கத்தில் புதியதைக் கேளுங்கள்.',
    },
    used: {
      title: 'இந்த உள்நுழைவு இணைப்பு இனி செயல்படாது',
      lead: 'ஓர் உள்நுழைவு இணைப்பு ஒருமுறை மட்டுமே செயல்படும், புதிய இணைப்பு அதற்கு முந்தையவற்றை மாற்றிவிடும்.',
      detail: 'அது ஏற்கெனவே திறக்கப்பட்டிருக்கலாம் (சில மின்னஞ்சல் ஆப்ஸ் இணைப்புகளைச் சரிபார்க்க அவற்றைத் திறக்கும்), அல்லது அதன் பிறகு புதிய இணைப்பு அனுப்பப்பட்டிருக்கலாம். உள்நுழைவுப் பக்கத்தில் புதியதைக் கேளுங்கள்.',
    },
    failed: {
      title: 'இந்த உள்நுழைவு இணைப்பைக் கொண்டு உங்களை உள்நுழைய வைக்க முடியவில்லை',
      lead: 'இந்த இணைப்பைக் கொண்டு உள்நுழைவை நிறைவுசெய்யும்போது ஏதோ தவறாகிவிட்டது.',
      detail: 'உள்நுழைவுப் பக்கத்திலிருந்து மீண்டும் முயலுங்கள். மீண்டும் இப்படி நடந்தால், இந்தத் தளத்தைத் தொடர்புகொள்ளுங்கள்.',
    },
    other_browser: {
      title: 'இணைப்பைக் கோரிய உலாவியிலேயே அதைத் திறக்கவும்',
      lead: 'இந்த உள்நுழைவு இணைப்பை நீங்கள் கோரிய உலாவியில் மட்டுமே நிறைவுசெய்ய முடியும்.',
      detail: 'அங்கே திறக்கவும், அல்லது உள்நுழைவுப் பக்கத்தில் புதியதைக் கேளுங்கள்.',
    },
    no_cookies: {
      title: 'இந்த உலாவி உள்நுழைவுக் குக்கீயை வைத்திருக்கவில்லை',
      lead: 'இங்கே இணைப்பைக் கொண்டு உள்நுழைவை நிறைவுசெய்ய இந்தத் தளத்துக்கு ஒரு குக்கீ தேவை, ஆனால் இந்த உலாவி அதை வைத்திருக்கவில்லை.',
      detail: '{site} தளத்துக்குக் குக்கீகளை அனுமதிக்கவும், அல்லது இணைப்பைக் கோரிய உலாவியிலேயே அதைத் திறக்கவும்.',
    },
  },
  te: {
    dir: 'ltr',
    fewMinutes: 'కొన్ని నిమిషాలు',
    thisSite: 'ఈ సైట్',
    action: 'సైన్-ఇన్ పేజీకి వెళ్లండి',
    expired: {
      title: 'ఈ సైన్-ఇన్ లింక్ గడువు ముగిసింది',
      lead: 'సైన్-ఇన్ లింక్‌ల గడువు {lifetime} మాత్రమే, వాటిని ఒక్కసారి మాత్రమే ఉపయోగించగలరు.',
      detail: 'సైన్-ఇన్ పేజీలో కొత్తది అడగండి.',
    },
    used: {
      title: 'ఈ సైన్-ఇన్ లింక్ ఇక పని చేయదు',
      lead: 'సైన్-ఇన్ లింక్ ఒక్కసారి మాత్రమే పని చేస్తుంది, కొత్త లింక్ దాని ముందున్న లింక్‌ల స్థానాన్ని తీసుకుంటుంది.',
      detail: 'ఇది ఇప్పటికే తెరవబడి ఉండవచ్చు (కొన్ని ఈమెయిల్ యాప్‌లు లింక్‌లను తనిఖీ చేయడానికి వాటిని తెరుస్తాయి), లేదా ఆ తర్వాత కొత్త లింక్ పంపబడి ఉండవచ్చు. సైన్-ఇన్ పేజీలో కొత్తది అడగండి.',
    },
    failed: {
      title: 'ఈ సైన్-ఇన్ లింక్‌తో మిమ్మల్ని సైన్ ఇన్ చేయలేకపోయాము',
      lead: 'ఈ లింక్‌తో సైన్ ఇన్ పూర్తి చేస్తున్నప్పుడు ఏదో పొరపాటు జరిగింది.',
      detail: 'సైన్-ఇన్ పేజీ నుండి మళ్లీ ప్రయత్నించండి. మళ్లీ ఇలా జరిగితే, దయచేసి ఈ సైట్‌ను సంప్రదించండి.',
    },
    other_browser: {
      title: 'లింక్‌ను మీరు అడిగిన బ్రౌజర్‌లోనే తెరవండి',
      lead: 'ఈ సైన్-ఇన్ లింక్‌ను మీరు అడిగిన బ్రౌజర్‌లో మాత్రమే పూర్తి చేయగలరు.',
      detail: 'దాన్ని అక్కడ తెరవండి, లేదా సైన్-ఇన్ పేజీలో కొత్తది అడగండి.',
    },
    no_cookies: {
      title: 'ఈ బ్రౌజర్ సైన్-ఇన్ కుకీని ఉంచుకోలేదు',
      lead: 'ఇక్కడ లింక్‌తో సైన్ ఇన్ పూర్తి చేయడానికి ఈ సైట్‌కు ఒక కుకీ అవసరం, కానీ ఈ బ్రౌజర్ దాన్ని ఉంచుకోలేదు.',
      detail: '{site} కోసం కుకీలను అనుమతించండి, లేదా మీరు లింక్ అడిగిన బ్రౌజర్‌లోనే దాన్ని తెరవండి.',
    },
  },
  my: {
    dir: 'ltr',
    fewMinutes: 'မိနစ်အနည်းငယ်',
    thisSite: 'ဤဝဘ်ဆိုက်',
    action: 'လက်မှတ်ထိုးဝင်ရန် စာမျက်နှာသို့ သွားရန်',
    expired: {
      title: 'ဤလက်မှတ်ထိုးဝင်ရန် လင့်ခ် သက်တမ်းကုန်သွားပါပြီ',
      lead: 'လက်မှတ်ထိုးဝင်ရန် လင့်ခ်များကို {lifetime} အတွင်းသာ၊ တစ်ကြိမ်သာ သုံးနိုင်ပါသည်။',
      detail: 'လက်မှတ်ထိုးဝင်ရန် စာမျက်နှာတွင် အသစ်တစ်ခု တောင်းပါ။',
    },
    used: {
      title: 'ဤလက်မှတ်ထိုးဝင်ရန် လင့်ခ် အလုပ်မလုပ်တော့ပါ',
      lead: 'လက်မှတ်ထိုးဝင်ရန် လင့်ခ်သည် တစ်ကြိမ်သာ အလုပ်လုပ်ပြီး လင့်ခ်အသစ်က ယခင်လင့်ခ်များကို အစားထိုးပါသည်။',
      detail: '၎င်းကို ဖွင့်ပြီးသား ဖြစ်နိုင်သည် (အချို့ အီးမေးလ်အက်ပ်များသည် လင့်ခ်များကို စစ်ဆေးရန် ဖွင့်ကြသည်)၊ သို့မဟုတ် ထို့နောက် လင့်ခ်အသစ် ပို့ခဲ့ပြီး ဖြစ်နိုင်သည်။ လက်မှတ်ထိုးဝင်ရန် စာမျက်နှာတွင် အသစ်တစ်ခု တောင်းပါ။',
    },
    failed: {
      title: 'ဤလက်မှတ်ထိုးဝင်ရန် လင့်ခ်ဖြင့် လက်မှတ်ထိုးဝင်၍ မရပါ',
      lead: 'ဤလင့်ခ်ဖြင့် လက်မှတ်ထိုးဝင်ခြင်းကို ပြီးဆုံးစေစဉ် တစ်ခုခု မှားယွင်းသွားသည်။',
      detail: 'လက်မှတ်ထိုးဝင်ရန် စာမျက်နှာမှ ထပ်စမ်းကြည့်ပါ။ ထပ်ဖြစ်ပါက ဤဝဘ်ဆိုက်ကို ဆက်သွယ်ပါ။',
    },
    other_browser: {
      title: 'လင့်ခ်ကို တောင်းခဲ့သော ဘရောက်ဇာတွင် ဖွင့်ပါ',
      lead: 'ဤလက်မှတ်ထိုးဝင်ရန် လင့်ခ်ကို သင်တောင်းခဲ့သော ဘရောက်ဇာတွင်သာ ပြီးဆုံးအောင် လုပ်နိုင်ပါသည်။',
      detail: '၎င်းကို ထိုဘရောက်ဇာတွင် ဖွင့်ပါ၊ သို့မဟုတ် လက်မှတ်ထိုးဝင်ရန် စာမျက်နှာတွင် အသစ်တစ်ခု တောင်းပါ။',
    },
    no_cookies: {
      title: 'ဤဘရောက်ဇာသည် လက်မှတ်ထိုးဝင်ရန် ကွတ်ကီးကို မသိမ်းထားပါ',
      lead: 'ဤနေရာတွင် လင့်ခ်ဖြင့် လက်မှတ်ထိုးဝင်ခြင်းကို ပြီးဆုံးစေရန် ဤဝဘ်ဆိုက်သည် ကွတ်ကီးတစ်ခု လိုအပ်သော်လည်း ဤဘရောက်ဇာက ၎င်းကို မသိမ်းထားပါ။',
      detail: '{site} အတွက် ကွတ်ကီးများကို ခွင့်ပြုပါ၊ သို့မဟုတ် လင့်ခ်ကို သင်တောင်းခဲ့သော ဘရောက်ဇာတွင် ဖွင့်ပါ။',
    },
  },
};

/** The languages the pages speak: the element's. */
export const PAGE_LANGUAGES = Object.keys(PAGE_MESSAGES);
