import type { PasswordlessMessages } from '../messages.js';
import { plural } from '../plural.js';

// Marathi ends sentences with a full stop, not the danda. Numbers stay in ASCII digits (plural() would write them in
// Devanagari for mr), so the seconds' ending is chosen by the plural rule and the number is written as given.
const unavailable = 'या साइटवर सध्या साइन इन उपलब्ध नाही. कृपया साइटच्या मालकाशी संपर्क साधा.';

/** "1 सेकंदानंतर / 5 सेकंदांनंतर". */
const afterSeconds = (count: number) => `${count} ${plural('mr', count, { one: 'सेकंदानंतर', other: 'सेकंदांनंतर' })}`;

export const mr: PasswordlessMessages = {
  $code: 'mr',
  $dir: 'ltr',
  title: 'साइन इन करा',
  emailLinkHint: 'आम्ही तुम्हाला ईमेलद्वारे साइन-इन लिंक पाठवू. पासवर्डची गरज नाही.',
  checkEmailTitle: 'तुमचा ईमेल तपासा',
  checkPhoneTitle: 'तुमचा फोन तपासा',
  continueTitle: 'आणखी एक पायरी',
  successTitle: 'स्वागत आहे',
  errorTitle: 'साइन इन पूर्ण झाले नाही',
  emailLabel: 'ईमेल पत्ता',
  emailHint: 'आम्ही तुम्हाला ईमेलद्वारे एकदाच वापरता येणारा कोड पाठवू. पासवर्डची गरज नाही.',
  phoneLabel: 'फोन नंबर',
  countryLabel: 'देश',
  countrySearch: 'देश किंवा कॉलिंग कोडने शोधा',
  countriesFound: (count) => `सापडलेले देश: ${count}`,
  countryNoMatch: 'कोणताही देश जुळला नाही. देशाचे नाव किंवा कॉलिंग कोड टाकून शोधा, उदा. +44.',
  phoneExample: (example) => `उदाहरणार्थ: ${example}`,
  didYouMean: (email) => `तुम्हाला ${email} म्हणायचे आहे का?`,
  useSuggestion: 'हा पत्ता वापरा',
  keepAsTyped: (button) => `किंवा टाइप केलेलाच पत्ता वापरण्यासाठी “${button}” पुन्हा दाबा.`,
  alreadySentCode: (recipient) =>
    `आम्ही ${recipient} वर आधीच कोड पाठवला आहे. तो टाका, किंवा उलटगणती संपल्यावर नवीन कोड मागवा.`,
  alreadySentLink: (recipient) =>
    `आम्ही ${recipient} वर आधीच साइन-इन लिंक पाठवली आहे. ती उघडा, किंवा उलटगणती संपल्यावर नवीन लिंक मागवा.`,
  phoneHint: 'आम्ही तुम्हाला SMS द्वारे एकदाच वापरता येणारा कोड पाठवू.',
  sendCode: 'कोड पाठवा',
  sendLink: 'मला साइन-इन लिंक ईमेल करा',
  sending: 'पाठवत आहे…',
  codeLabel: 'पडताळणी कोड',
  codeHint: (length, newestOnly) => `${length}-अंकी कोड टाका.${newestOnly ? ' फक्त सर्वात नवीन कोड चालेल.' : ''}`,
  codeSentTo: (recipient) => `आम्ही ${recipient} वर कोड पाठवला आहे.`,
  linkSentTo: (recipient) => `आम्ही ${recipient} वर साइन-इन लिंक पाठवली आहे.`,
  maybeSentCode: (recipient) =>
    `आम्ही ${recipient} वर आधीच कोड पाठवला असू शकतो. नवीन कोड मागवण्यापूर्वी तुमचा इनबॉक्स किंवा मेसेज तपासा.`,
  maybeSentLink: (recipient) =>
    `आम्ही ${recipient} वर आधीच साइन-इन लिंक पाठवली असू शकते. नवीन लिंक मागवण्यापूर्वी तुमचा इनबॉक्स तपासा.`,
  checkEmailHint: 'साइन इन पूर्ण करण्यासाठी ही लिंक याच ब्राउझरमध्ये उघडा. तिची मुदत लवकरच संपेल.',
  verify: 'साइन इन करा',
  verifying: 'कोड तपासत आहे…',
  resend: 'नवीन कोड पाठवा',
  resendIn: (seconds) => `तुम्ही ${afterSeconds(seconds)} पुन्हा मागवू शकता.`,
  resendReady: 'आता तुम्ही पुन्हा मागवू शकता.',
  tryAgainIn: (seconds) => `तुम्ही ${afterSeconds(seconds)} पुन्हा प्रयत्न करू शकता.`,
  tryAgainReady: 'आता तुम्ही पुन्हा प्रयत्न करू शकता.',
  recentlySent: (recipient) => `आम्ही नुकताच ${recipient} वर एक संदेश पाठवला आहे.`,
  useDifferentEmail: 'दुसरा ईमेल वापरा',
  useDifferentPhone: 'दुसरा नंबर वापरा',
  signingIn: 'साइन इन करत आहे…',
  signedInAs: (who) => `तुम्ही ${who} म्हणून साइन इन केले आहे.`,
  signedIn: 'तुम्ही साइन इन केले आहे.',
  welcomeBack: 'पुन्हा स्वागत आहे',
  signOut: 'साइन आउट करा',
  signingOut: 'साइन आउट करत आहे…',
  signedOut: 'तुम्ही साइन आउट केले आहे.',
  startOver: 'पुन्हा सुरुवात करा',
  sendNewLink: 'नवीन लिंक पाठवा',
  sendCodeInstead: 'त्याऐवजी मला कोड पाठवा',
  continueOn: (host) => `${host} वर पुढे सुरू ठेवा`,
  continueCodeRefused: (host) =>
    `टाइप केलेल्या कोडने या साइटवर साइन इन पूर्ण होऊ शकत नाही. ${host} वर पुढे सुरू ठेवा: तिथे तुम्हाला नवीन कोड पाठवला जाईल आणि तुम्ही तिथेच साइन इन कराल.`,
  continueCookiesBlocked: (host) =>
    `तुमच्या ब्राउझरने या साइटवर या साइन-इनसाठी आवश्यक असलेली कुकी ब्लॉक केली. ${host} वर पुढे सुरू ठेवा: तिथे तुम्हाला नवीन कोड पाठवला जाईल आणि तुम्ही तिथेच साइन इन कराल.`,
  continueOtherBrowser: (recipient) =>
    `${recipient} साठीची ही साइन-इन लिंक दुसऱ्या ब्राउझरमध्ये किंवा दुसऱ्या डिव्हाइसवर मागवली होती. इथे साइन इन करण्यासाठी पुढे सुरू ठेवा. तुम्ही ती मागवली नसेल, तर हे पेज बंद करा.`,
  continueHere: 'पुढे सुरू ठेवा',
  continueLinkLanding: (recipient) => `${recipient} म्हणून साइन इन करण्यासाठी पुढे सुरू ठेवा.`,
  otherTabToo: 'ज्या टॅबमध्ये तुम्ही लिंक मागवली होती, त्यातही तुम्ही साइन इन आहात. तुम्ही हा टॅब बंद करू शकता.',
  tryAgain: 'पुन्हा प्रयत्न करा',
  captchaLegend: 'तुम्ही माणूस आहात याची खात्री करा',
  captchaCodeLabel: 'चित्रातील अक्षरे टाइप करा',
  captchaMathLabel: 'चित्रातील गणिताचे उत्तर टाइप करा',
  captchaImageAlt: 'माणूस असल्याच्या तपासणीसाठी चित्र',
  captchaNewPicture: 'नवीन चित्र',
  captchaLoading: 'माणूस असल्याची तपासणी लोड होत आहे…',
  captchaUnavailable: 'माणूस असल्याची तपासणी लोड होऊ शकली नाही. तुमचे कनेक्शन तपासा आणि पुन्हा प्रयत्न करा.',
  errors: {
    invalid_email: 'एकच ईमेल पत्ता टाका, उदा. name@example.com.',
    invalid_phone_number: 'निवडलेल्या देशासाठी हा वैध फोन नंबर नाही. नंबर तपासा किंवा दुसरा देश निवडा.',
    invalid_code: 'तुमच्या संदेशातील फक्त कोड टाका, त्याच्या सर्व अंकांसह.',
    wrong_code: 'हा कोड बरोबर नाही. तो तपासा आणि पुन्हा प्रयत्न करा.',
    code_expired: 'या कोडची मुदत संपली आहे. नवीन कोड मागवा.',
    link_expired: 'या साइन-इन लिंकची मुदत संपली आहे. नवीन लिंक मागवा.',
    too_many_attempts: 'हा कोड आता वापरता येणार नाही: तो खूप वेळा चुकीचा टाकला गेला. नवीन कोड मागवा.',
    rate_limited: 'थोड्या वेळात खूप जास्त प्रयत्न झाले. थोडा वेळ थांबा, मग पुन्हा प्रयत्न करा.',
    network: 'साइन-इन सेवेशी संपर्क होऊ शकला नाही. तुमचे कनेक्शन तपासा आणि पुन्हा प्रयत्न करा.',
    link_invalid:
      'ही साइन-इन लिंक इथे वापरता येणार नाही: ती दुसऱ्या ब्राउझरमध्ये उघडली गेली, तिची मुदत संपली आहे, किंवा ती आधीच वापरली गेली आहे. याच ब्राउझरमध्ये नवीन लिंक मागवा.',
    session_expired: 'तुमचे साइन-इन सत्र संपले आहे. कृपया पुन्हा सुरुवात करा.',
    client_authentication_required: unavailable,
    consent_required: unavailable,
    third_party_cookies_blocked:
      'तुमच्या ब्राउझरने या साइन-इनसाठी आवश्यक असलेली कुकी ब्लॉक केली. दुसरा ब्राउझर वापरून पाहा, किंवा साइटच्या मालकाकडे मदत मागा.',
    origin_not_allowed: unavailable,
    invalid_response: 'साइन इनची पडताळणी होऊ शकली नाही. कृपया पुन्हा सुरुवात करा.',
    misconfigured: unavailable,
    service_unavailable: 'साइन-इन सेवेत अडचण येत आहे. थोड्या वेळाने पुन्हा प्रयत्न करा.',
    blocked:
      'साइन इनचे खूप प्रयत्न अयशस्वी झाले. या खात्यासाठी साइन इन काही काळासाठी थांबवले आहे: नंतर पुन्हा प्रयत्न करा, किंवा साइटच्या मालकाशी संपर्क साधा.',
    captcha_required: 'आधी तुम्ही माणूस आहात याची खात्री करा, मग पुन्हा पाठवा.',
    invalid_captcha: 'तपासणीचे उत्तर चुकीचे होते किंवा खूप जुने झाले होते. ही नवीन तपासणी: पुन्हा प्रयत्न करा.',
    country_not_allowed: 'ही साइट या देशातील नंबरवर SMS पाठवत नाही. दुसऱ्या देशातील नंबर वापरा.',
    rate_limited_held: 'खूप जास्त संदेश मागवले गेले, म्हणून हा संदेश पाठवला नाही.',
    service_unavailable_held: 'साइन-इन सेवेत अडचण येत आहे, म्हणून संदेश पाठवला नाही.',
    framed: 'हे साइन-इन दुसऱ्या साइटच्या आत दाखवता येत नाही. साइन इन करण्यासाठी हे पेज स्वतंत्र टॅबमध्ये उघडा.',
    unknown: 'काहीतरी चुकले. कृपया पुन्हा प्रयत्न करा.',
  },
};
