// @ts-check
// Creates a one-time code (and magic link) and "sends" it: the message lands in the outbox.
import { otpKey } from './otp.js';

/** @typedef {import('./context.js').Ctx} Ctx */
/** @typedef {import('./config.js').ClientConfig} ClientConfig */

/** @param {number} seconds */
function duration(seconds) {
  return seconds % 60 === 0 ? `${seconds / 60} minute${seconds === 60 ? '' : 's'}` : `${seconds} seconds`;
}

/**
 * The two forms of Auth0's Liquid the emulator renders in `link_url`: `{{ link }}` and `{{ link | url_encode }}`.
 * @param {string} template @param {string} link
 */
export function renderLinkUrl(template, link) {
  return template.replace(/\{\{\s*link(\s*\|\s*url_encode)?\s*\}\}/g, (_, encode) => (encode ? encodeURIComponent(link) : link));
}

/**
 * @param {Ctx} ctx
 * @param {{ client: ClientConfig, connection: 'email'|'sms', to: string, send: 'code'|'link', authParams: Record<string, string>, language?: string, startedOnServer?: boolean }} p
 */
export function sendPasswordless(ctx, p) {
  const { client, connection, to, send } = p;
  const conn = ctx.config.connections[connection];
  if (!conn) throw new Error(`connection ${connection} is not configured`);
  const code = ctx.otp.issue(otpKey(client.client_id, connection, to), {
    length: conn.code_length, lifetimeSeconds: conn.code_lifetime_seconds, maxAttempts: conn.max_attempts, send, authParams: p.authParams,
    startedOnServer: p.startedOnServer,
  });
  const appName = client.name ?? client.client_id;
  const expires = duration(conn.code_lifetime_seconds);
  let link;
  let text;
  if (send === 'link') {
    const q = new URLSearchParams(p.authParams);
    q.set('client_id', client.client_id);
    q.set('connection', connection);
    q.set(connection === 'email' ? 'email' : 'phone_number', to);
    q.set('verification_code', code);
    q.set('protocol', 'oauth2');
    const auth0Link = `${ctx.url}/passwordless/verify_redirect?${q.toString().replace(/\+/g, '%20')}`;
    // The connection's email template may point the button elsewhere (a page of the site that waits for a click).
    link = conn.link_url ? renderLinkUrl(conn.link_url, auth0Link) : auth0Link;
    // Auth0's magic-link template may print {{ link }} and {{ code }}: the code typed from this message is still a
    // link-issued code, bound to the start's authParams.
    text = `Click here to sign in to ${appName}: ${link}\n\nOr enter this code: ${code}\n\n` +
      `The link and the code expire in ${expires}. If you did not ask for them, ignore this message.`;
  } else if (connection === 'email') {
    text = `Your verification code is ${code}\n\nUse it to sign in to ${appName}. It expires in ${expires}. If you did not ask for it, ignore this email.`;
  } else {
    // Ends with the WebOTP line "@host #code" so browsers can offer autofill.
    const host = client.allowed_origins[0] ? new URL(client.allowed_origins[0]).hostname : 'localhost';
    text = `Your verification code is ${code}. Use it to sign in to ${appName}.\n\n@${host} #${code}`;
  }
  return ctx.outbox.add({
    channel: connection, to, code, ...(link ? { link } : {}), text, sent_at: new Date(ctx.now()).toISOString(),
    client_id: client.client_id, send, ...(p.language ? { language: p.language } : {}),
  });
}
