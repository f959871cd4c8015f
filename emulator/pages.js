// @ts-check
// HTML pages: error page, web_message and form_post responses, and the dev mailbox.
// Every interpolated value is escaped; scripts run only with a per-response nonce.
import { randomBytes } from 'node:crypto';
import { escapeHtml, html } from './http.js';

const STYLE = 'body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#222}' +
  'h1{font-size:1.25rem}code{background:#f3f3f3;padding:0 .2em}';

/** @param {number} status @param {string} title @param {string} message */
export function errorPage(status, title, message) {
  return html(status, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    `<style>${STYLE}</style></head><body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>` +
    '<p><small>Auth0 emulator</small></p></body></html>');
}

/** JSON that is safe inside a <script> element. @param {unknown} v */
const scriptJson = (v) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/**
 * response_mode=web_message: posts the result to the opener or parent, at the redirect_uri's origin
 * only. Frameable by that origin and the client's allowed origins (checkSession uses an iframe).
 * @param {string} targetOrigin @param {Record<string, string>} response @param {string[]} frameAncestors
 */
export function webMessagePage(targetOrigin, response, frameAncestors) {
  const nonce = randomBytes(16).toString('base64');
  const message = { type: 'authorization_response', response };
  return html(200, '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Authorization Response</title></head><body>' +
    `<script nonce="${nonce}">(function(){var t=window.opener||window.parent;t.postMessage(${scriptJson(message)},${scriptJson(targetOrigin)});})();</script>` +
    '</body></html>', {
    'content-security-policy': `default-src 'none'; script-src 'nonce-${nonce}'; frame-ancestors ${[...new Set(frameAncestors)].join(' ')}`,
  });
}

/** response_mode=form_post: an auto-submitting form. @param {string} action @param {Record<string, string>} fields */
export function formPostPage(action, fields) {
  const nonce = randomBytes(16).toString('base64');
  const inputs = Object.entries(fields).map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`).join('');
  return html(200, '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Submit This Form</title></head><body>' +
    `<form method="post" action="${escapeHtml(action)}">${inputs}<noscript><button>Continue</button></noscript></form>` +
    `<script nonce="${nonce}">document.forms[0].submit();</script></body></html>`, {
    'content-security-policy': `default-src 'none'; script-src 'nonce-${nonce}'; form-action ${new URL(action).origin}; frame-ancestors 'none'`,
  });
}

/**
 * magic_link_interstitial: the magic link's GET answer. Scanners that fetch links (no script) stop here; a browser
 * posts the form at once (or the person presses Continue), and only that POST uses the link.
 * @param {string} action same-origin path with the link's query @param {string} redirectOrigin where the POST redirects
 */
export function linkInterstitialPage(action, redirectOrigin) {
  const nonce = randomBytes(16).toString('base64');
  return html(200, '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="referrer" content="no-referrer">' +
    `<title>Signing you in</title><style>${STYLE}</style></head><body><h1>Signing you in…</h1>` +
    `<form method="post" action="${escapeHtml(action)}"><p>If nothing happens, press Continue.</p><button>Continue</button></form>` +
    `<script nonce="${nonce}">document.forms[0].submit();</script></body></html>`, {
    'content-security-policy': `default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}'; ` +
      `form-action 'self' ${redirectOrigin}; base-uri 'none'; frame-ancestors 'none'`,
    'referrer-policy': 'no-referrer',
  });
}

/**
 * Auth0's cross-origin verification fallback page: a hidden iframe of the app's fallback URL
 * (which runs auth0-js crossOriginVerification()) hands back the co_verifier, then a form posts
 * it to /co/verify.
 * @param {string} emulatorOrigin @param {string} fallbackUrl @param {string} state @param {string} coId @param {string} redirectUri
 */
export function coFallbackPage(emulatorOrigin, fallbackUrl, state, coId, redirectUri) {
  const nonce = randomBytes(16).toString('base64');
  const target = new URL(fallbackUrl).origin;
  const src = `${fallbackUrl}#origin=${encodeURIComponent(emulatorOrigin)}`;
  const script = `(function(){var target=${scriptJson(target)},id=${scriptJson(coId)},form=document.forms[0],done=false;` +
    'function submit(v){if(done)return;done=true;if(v){var i=document.createElement("input");i.type="hidden";i.name="verifier";i.value=v;form.appendChild(i);}form.submit();}' +
    'window.addEventListener("message",function(e){if(e.origin!==target||!e.data)return;' +
    'if(e.data.type==="ready")e.source.postMessage({type:"co_verifier_request",request:{id:id}},target);' +
    'else if(e.data.type==="co_verifier_response")submit(e.data.response&&e.data.response.verifier);});' +
    'setTimeout(function(){submit("");},5000);})();';
  return html(200, '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Verifying</title></head><body>' +
    `<form method="post" action="/co/verify"><input type="hidden" name="state" value="${escapeHtml(state)}"></form>` +
    `<iframe src="${escapeHtml(src)}" style="display:none" title="verification"></iframe>` +
    `<script nonce="${nonce}">${script}</script></body></html>`, {
    'content-security-policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; frame-src ${target}; ` +
      `form-action 'self' ${new URL(redirectUri).origin}; frame-ancestors 'none'`,
  });
}

/**
 * The hosted login page (a small stand-in for Universal Login): identifier step or code step.
 * With `picture` (Bot Detection wants a captcha), the identifier step also shows that image and a `captcha` field.
 * @param {{ step: 'identifier'|'code', status?: number, state: string, appName: string, connections: string[], to?: string, error?: string, redirectOrigin: string, picture?: string, identifier?: string }} p
 */
export function loginPage(p) {
  const label = p.connections.length === 2 ? 'Email or phone number (+15551234567)' : p.connections[0] === 'sms' ? 'Phone number (+15551234567)' : 'Email';
  const error = p.error ? `<p class="error" role="alert">${escapeHtml(p.error)}</p>` : '';
  const state = `<input type="hidden" name="state" value="${escapeHtml(p.state)}">`;
  const other = p.connections.length === 2 ? 'email or phone number' : p.connections[0] === 'sms' ? 'phone number' : 'email address';
  const body = p.step === 'identifier'
    ? `<h1>Sign in to ${escapeHtml(p.appName)}</h1>${error}<form method="post" action="/u/login">${state}` +
      `<label for="identifier">${escapeHtml(label)}</label><input id="identifier" name="identifier" required autofocus autocomplete="email tel"${p.identifier ? ` value="${escapeHtml(p.identifier)}"` : ''}>` +
      (p.picture ? captchaFields(p.picture) : '') +
      '<button id="identifier-submit" type="submit">Continue</button></form>'
    : `<h1>Enter your code</h1><p id="sent-to">We sent a code to <b>${escapeHtml(p.to ?? '')}</b>.</p>${error}<form method="post" action="/u/login/code">${state}` +
      '<label for="code">Code</label><input id="code" name="code" required autofocus inputmode="numeric" autocomplete="one-time-code">' +
      '<button id="code-submit" type="submit">Continue</button></form>' +
      `<form method="post" action="/u/login">${state}<input type="hidden" name="identifier" value="${escapeHtml(p.to ?? '')}"><button id="resend-code" class="link" type="submit">Send a new code</button></form>` +
      `<p><a id="change-identifier" href="/u/login?state=${escapeHtml(encodeURIComponent(p.state))}">Use a different ${escapeHtml(other)}</a></p>`;
  return html(p.status ?? 200, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
    `<title>Sign in</title><style>${STYLE}form{display:grid;gap:.5rem;max-width:22rem}input,button{font:inherit;padding:.5rem}` +
    '.error{color:#b00020}.link{background:none;border:0;color:#0645ad;text-decoration:underline;padding:0;justify-self:start}</style></head><body>' +
    `${body}<p><small>Auth0 emulator: codes appear in the <a href="/__emulator/" target="_blank">mailbox</a>.</small></p></body></html>`, {
    'content-security-policy': `default-src 'none'; img-src data:; style-src 'unsafe-inline'; form-action 'self' ${p.redirectOrigin}; frame-ancestors 'none'`,
  });
}

/** The picture challenge of the identifier step (an image from a data URL, and its labelled answer field). @param {string} image */
function captchaFields(image) {
  // Only a data:image/svg+xml URL made by the emulator gets here; escaped all the same.
  return `<img id="captcha-image" src="${escapeHtml(image)}" width="180" height="60" alt="A picture of distorted characters">` +
    '<label for="captcha">Type the characters in the picture</label>' +
    '<input id="captcha" name="captcha" required autocomplete="off" autocapitalize="characters" spellcheck="false">';
}

/**
 * The dev mailbox: newest first, refreshes every 2 s, frameable from any localhost page.
 * @param {import('./outbox.js').OutboxItem[]} items
 */
export function mailboxPage(items) {
  const rows = [...items].reverse().map((m) => '<li class="msg">' +
    `<div class="meta">${m.channel === 'sms' ? 'SMS' : 'Email'} to <b>${escapeHtml(m.to)}</b> · ${escapeHtml(m.sent_at)} · ${escapeHtml(m.client_id)}</div>` +
    `<div class="code">Code: <code>${escapeHtml(m.code)}</code></div>` +
    (m.link ? `<div><a href="${escapeHtml(m.link)}" target="_top" rel="noreferrer">Open the sign-in link</a></div>` : '') +
    `<pre dir="auto">${escapeHtml(m.text)}</pre></li>`).join('');
  return html(200, '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="2">' +
    `<title>Emulator mailbox</title><style>${STYLE}ul{list-style:none;padding:0}.msg{border:1px solid #ddd;border-radius:6px;padding:.5rem .75rem;margin:.5rem 0}` +
    '.meta{color:#555;font-size:.85rem}.code code{font-size:1.2rem;letter-spacing:.1em}pre{white-space:pre-wrap;margin:.25rem 0 0}</style></head><body>' +
    `<h1>Emulator mailbox (${items.length})</h1>${rows ? `<ul>${rows}</ul>` : '<p>Nothing sent yet.</p>'}</body></html>`, {
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self' http://localhost:* http://127.0.0.1:* https://localhost:* https://127.0.0.1:*",
  });
}
