// @ts-check
// The plain-language page shown when a magic link cannot finish here (opened in another browser or profile,
// too late, or already used). Everything is escaped; no script; nothing from the URL is shown.

/** @param {string} text */
export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

const COPY = {
  other_browser: {
    title: 'Open the link where you asked for it',
    lead: 'This sign-in link only works in the browser where you asked for it, within 30 minutes.',
    detail: 'It may have been opened in another browser, another device or a private window, or it has expired.',
  },
  no_cookies: {
    title: 'This browser did not keep the sign-in cookie',
    lead: 'To finish a sign-in link here, this site needs a cookie, and this browser did not keep it.',
    detail: 'Allow cookies for this site, or open the link in the browser where you asked for it.',
  },
  expired: {
    title: 'This sign-in link has expired',
    lead: 'Sign-in links work only for a few minutes, and only once.',
    detail: 'Ask for a new one, or sign in with a code instead.',
  },
};

/**
 * @param {'other_browser'|'no_cookies'|'expired'} reason
 * @param {string} loginUrl
 */
export function linkProblemPage(reason, loginUrl) {
  const copy = COPY[reason];
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(copy.title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:34rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a}a{color:#0b57d0}</style>
</head>
<body>
<main>
<h1>${escapeHtml(copy.title)}</h1>
<p>${escapeHtml(copy.lead)}</p>
<p>${escapeHtml(copy.detail)}</p>
<p>You are not signed in yet. Go back to the sign-in page and ask for a code: you can type it in any browser.</p>
<p><a href="${escapeHtml(loginUrl)}">Go to the sign-in page</a></p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status: 400,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
