// @ts-check
// The plain-language page shown when a magic link cannot finish here (used, expired, refused, or a browser that
// keeps no cookies), in the person's language and the site's theme. Every string is escaped; no script; nothing
// from the URL is shown. The words are in pages-messages.js.
import { bestLocale } from '../protocol/locale-match.js';
import { PAGE_MESSAGES } from './pages-messages.js';

/** @typedef {import('./options.js').ResolvedOptions} ResolvedOptions */
/** @typedef {'expired'|'used'|'failed'|'other_browser'|'no_cookies'} PageReason */

/** @param {string} text */
export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** At most this many Accept-Language entries are read (the header is the client's to make long). */
const MAX_ACCEPTED = 20;

/**
 * The languages an Accept-Language header asks for, most wanted first (q=0 means "not this one").
 * @param {string|null} header
 */
function acceptedLanguages(header) {
  if (!header) return [];
  return header.split(',').slice(0, MAX_ACCEPTED)
    .map((entry, index) => {
      const [tag = '', ...params] = entry.trim().split(';');
      const q = params.map((p) => p.trim().match(/^q=([01](?:\.\d{0,3})?)$/i)).find(Boolean);
      return { tag: tag.trim(), q: q ? Number(q[1]) : 1, index };
    })
    .filter((e) => e.q > 0 && e.tag !== '*')
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((e) => e.tag);
}

/**
 * The page's language: the one the person used with the element (the start's `locale`), else the browser's
 * Accept-Language, else English. Regional tags fall back to their language (pt-BR → pt), by script where it matters
 * (zh-HK → zh-tw, Traditional; zh-CN → zh), as the element's do (protocol/locale-match.js).
 * @param {Request} request @param {string} [used]
 */
export function pageLanguage(request, used) {
  for (const tag of [used, ...acceptedLanguages(request.headers.get('accept-language'))]) {
    const language = typeof tag === 'string' && tag ? bestLocale(tag, Object.keys(PAGE_MESSAGES)) : undefined;
    if (language) return language;
  }
  return 'en';
}

/**
 * A lifetime in words in this language ("3 minutes", "3 Minuten"), or the language's "a few minutes" when the
 * handler was not told it, or when this runtime has no data for the language (it would answer in English) or no
 * words for the unit (it would answer in root's Latin abbreviation).
 * The runtime may keep a language's data under another tag (tl under fil): it still counts as its data.
 * @param {string} lang @param {number|undefined} seconds
 */
export function lifetimeWords(lang, seconds) {
  const few = PAGE_MESSAGES[lang].fewMinutes;
  if (!seconds || Intl.NumberFormat.supportedLocalesOf(lang).length === 0) return few;
  const [unit, count] = seconds % 3600 === 0 ? ['hour', seconds / 3600] : seconds % 60 === 0 ? ['minute', seconds / 60] : ['second', seconds];
  const words = new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(count);
  // Data with no words for the unit falls back to CLDR's root, "3 min" (Tamazight, zgh): Latin in another script.
  const inAnotherScript = new Intl.Locale(lang).maximize().script !== 'Latn' && /\p{Script=Latin}/u.test(words);
  return inAnotherScript ? few : words;
}

/**
 * The page's own styles: the element's public custom properties with the element's defaults, and the site's
 * `pageTheme` values on :root (checked in options.js). The link's focus indicator is the element's
 * (src/element/passwordless-login.styles.ts): a 2px ring in the focus colour, 2px off the link, so it keeps 3:1
 * against the card whatever the link's own colour.
 * @param {ResolvedOptions} options
 */
function pageStyles(options) {
  const theme = options.pageTheme.map(([name, value]) => `${name}:${value}`).join(';');
  return `${theme ? `:root{${theme}}\n` : ''}:root{color-scheme:light dark}
body{margin:0;min-height:100vh;box-sizing:border-box;display:grid;place-items:center;padding:1rem;background:Canvas;line-height:1.5;
font-family:var(--passwordless-font-family,system-ui,-apple-system,'Segoe UI',Roboto,sans-serif);font-size:var(--passwordless-font-size,1rem)}
main{--_accent:var(--passwordless-accent-color,light-dark(#3b4fd8,#9aa8ff));--_spacing:var(--passwordless-spacing,1rem);--_radius:var(--passwordless-radius,0.5rem);
--_background:var(--passwordless-background,light-dark(#ffffff,#1d1d22));--_focus:var(--passwordless-focus-color,var(--_accent));
--_focus-ring:var(--passwordless-focus-ring,0 0 0 2px var(--_background),0 0 0 4px var(--_focus));
box-sizing:border-box;width:100%;max-width:var(--passwordless-max-width,24rem);padding:calc(var(--_spacing)*1.5);overflow-wrap:anywhere;
color:var(--passwordless-text-color,light-dark(#1b1b1f,#ececf1));background:var(--_background);
border:1px solid color-mix(in srgb,var(--passwordless-border-color,light-dark(#8a8a96,#6e6e7a)) 45%,transparent);border-radius:calc(var(--_radius)*1.5)}
h1{margin:0 0 var(--_spacing);font-size:1.375em;line-height:1.25}
p{margin:0 0 calc(var(--_spacing)*0.75)}
.detail{color:var(--passwordless-muted-color,light-dark(#5b5b66,#a9a9b5));font-size:0.875em}
a{display:inline-flex;align-items:center;min-height:2.75em;margin-top:calc(var(--_spacing)*0.5);padding:0.5em 1em;font-weight:600;text-decoration:none;
color:var(--passwordless-on-accent-color,light-dark(#ffffff,#10122a));background:var(--_accent);border:1px solid var(--_accent);border-radius:var(--_radius)}
a:focus-visible{outline:2px solid transparent;box-shadow:var(--_focus-ring)}
@media (forced-colors:active){a{border-color:LinkText}a:focus-visible{outline-color:Highlight}}
label{display:block;font-weight:600;margin-bottom:0.25em}
input{box-sizing:border-box;width:100%;min-height:2.75em;padding:0.5em 0.75em;font:inherit;color:inherit;background:var(--_background);
border:1px solid var(--passwordless-border-color,light-dark(#8a8a96,#6e6e7a));border-radius:var(--_radius)}
button{min-height:2.75em;margin-top:var(--_spacing);padding:0.5em 1em;font:inherit;font-weight:600;cursor:pointer;
color:var(--passwordless-on-accent-color,light-dark(#ffffff,#10122a));background:var(--_accent);border:1px solid var(--_accent);border-radius:var(--_radius)}
input:focus-visible,button:focus-visible{outline:2px solid transparent;box-shadow:var(--_focus-ring)}
.error{color:var(--passwordless-error-color,light-dark(#b3261e,#ffb4ab));font-weight:600}
.other{background:none;color:var(--_accent);border-color:transparent;padding-inline:0}`;
}

/** @type {WeakMap<ResolvedOptions, Promise<{ css: string, hash: string }>>} */
const stylesFor = new WeakMap();

/** The styles and their CSP hash, once per handler. @param {ResolvedOptions} options */
function styles(options) {
  let made = stylesFor.get(options);
  if (!made) {
    const css = pageStyles(options);
    made = crypto.subtle.digest('SHA-256', new TextEncoder().encode(css))
      .then((digest) => ({ css, hash: `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'` }));
    stylesFor.set(options, made);
  }
  return made;
}

/**
 * Escapes a message and fills in its `{lifetime}` and `{site}`: the host name in <bdi dir="ltr">, so it reads
 * whole inside right-to-left text.
 * @param {string} text @param {{ lifetime: string, site: string|undefined, thisSite: string }} values
 */
function fill(text, { lifetime, site, thisSite }) {
  return text.split(/(\{lifetime\}|\{site\})/).map((part) => {
    if (part === '{lifetime}') return escapeHtml(lifetime);
    if (part === '{site}') return site ? `<bdi dir="ltr">${escapeHtml(site)}</bdi>` : escapeHtml(thisSite);
    return escapeHtml(part);
  }).join('');
}

/** The site's host name, from its configured callback URL (never from the request). @param {ResolvedOptions} options */
const siteHost = (options) => (options.callbackUrl ? new URL(options.callbackUrl).host : undefined);

/**
 * The page for a link that cannot finish here, with a link to `loginUrl`.
 * @param {PageReason} reason @param {ResolvedOptions} options @param {string} lang from pageLanguage()
 * @returns {Promise<Response>}
 */
export async function linkProblemPage(reason, options, lang) {
  const language = Object.hasOwn(PAGE_MESSAGES, lang) ? lang : 'en';
  const messages = PAGE_MESSAGES[language];
  const copy = messages[reason];
  const values = { lifetime: lifetimeWords(language, options.linkLifetimeSeconds), site: siteHost(options), thisSite: messages.thisSite };
  const main = `<h1>${escapeHtml(copy.title)}</h1>
<p>${fill(copy.lead, values)}</p>
<p class="detail">${fill(copy.detail, values)}</p>
<a href="${escapeHtml(options.loginUrl)}">${escapeHtml(messages.action)}</a>`;
  return htmlPage(options, { language, dir: messages.dir, title: copy.title, page: reason, main, status: 400 });
}

/**
 * One of the handler's pages: the styles (CSP-hashed), the site's stylesheet, no script. `formAction`: the page
 * holds a form that posts there (the no-script pages, form-pages.js); else no form may post from it.
 * @param {ResolvedOptions} options
 * @param {{ language: string, dir: string, title: string, page: string, main: string, status: number, formAction?: boolean, cookies?: string[] }} page
 * @returns {Promise<Response>}
 */
export async function htmlPage(options, { language, dir, title, page, main, status, formAction = false, cookies = [] }) {
  const { css, hash } = await styles(options);
  const sheet = options.pageStylesheet ? `\n<link rel="stylesheet" href="${escapeHtml(options.pageStylesheet)}">` : '';
  const html = `<!doctype html>
<html lang="${language}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${css}</style>${sheet}
</head>
<body data-passwordless-page="${page}">
<main>
${main}
</main>
</body>
</html>
`;
  // The site's stylesheet (same origin) may bring its fonts and images; nothing else loads.
  const site = options.pageStylesheet ? " 'self'" : '';
  // A form's post may end in a redirect to loginUrl, which browsers also hold to form-action: its origin, if it has one.
  const login = /^https?:\/\//.test(options.loginUrl) ? ` ${new URL(options.loginUrl).origin}` : '';
  const csp = `default-src 'none'; style-src ${hash}${site};${site ? " font-src 'self'; img-src 'self';" : ''} base-uri 'none'; form-action ${formAction ? `'self'${login}` : "'none'"}; frame-ancestors 'none'`;
  const headers = new Headers({
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Language': language,
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
  });
  for (const cookie of cookies) headers.append('Set-Cookie', cookie);
  return new Response(html, { status, headers });
}
