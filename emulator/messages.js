// @ts-check
// Creates a one-time code (and magic link) and "sends" it: the message lands in the outbox, in the start's language
// (message-texts.js).
import { lifetimeIn, MESSAGE_TEXTS, messageLanguage } from './message-texts.js';
import { otpKey } from './otp.js';

/** @typedef {import('./context.js').Ctx} Ctx */
/** @typedef {import('./config.js').ClientConfig} ClientConfig */

/**
 * The two forms of Auth0's Liquid the emulator renders in `link_url`: `{{ link }}` and `{{ link | url_encode }}`.
 * @param {string} template @param {string} link
 */
export function renderLinkUrl(template, link) {
  return template.replace(/\{\{\s*link(\s*\|\s*url_encode)?\s*\}\}/g, (_, encode) => (encode ? encodeURIComponent(link) : link));
}

/**
 * @param {Ctx} ctx
 * @param {{ client: ClientConfig, connection: 'email'|'sms', to: string, send: 'code'|'link', authParams: Record<string, string>, language?: string, acceptLanguage?: string, startedOnServer?: boolean }} p
 *   `language`: X-Request-Language (or authParams.language), recorded; `acceptLanguage`: the browser's, for the text without it
 */
export function sendPasswordless(ctx, p) {
  const { client, connection, to, send } = p;
  const conn = ctx.config.connections[connection];
  if (!conn) throw new Error(`connection ${connection} is not configured`);
  const code = ctx.otp.issue(otpKey(client.client_id, connection, to), {
    length: conn.code_length, lifetimeSeconds: conn.code_lifetime_seconds, maxAttempts: conn.max_attempts, send, authParams: p.authParams,
    startedOnServer: p.startedOnServer,
  });
  const app = client.name ?? client.client_id;
  const language = messageLanguage(p.language, p.acceptLanguage);
  const texts = MESSAGE_TEXTS[language] ?? MESSAGE_TEXTS.en;
  const expires = lifetimeIn(language, conn.code_lifetime_seconds);
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
    text = texts.link({ app, link, code, expires });
  } else if (connection === 'email') {
    text = texts.emailCode({ app, code, expires });
  } else {
    // Ends with the WebOTP line "@host #code" so browsers can offer autofill.
    const host = client.allowed_origins[0] ? new URL(client.allowed_origins[0]).hostname : 'localhost';
    text = `${texts.smsCode({ app, code })}\n\n@${host} #${code}`;
  }
  return ctx.outbox.add({
    channel: connection, to, code, ...(link ? { link } : {}), text, sent_at: new Date(ctx.now()).toISOString(),
    client_id: client.client_id, send, ...(p.language ? { language: p.language } : {}),
  });
}

/**
 * Auth0's code settings for a database connection's `email_otp`/`phone_otp` (the emulator's database connections take
 * none yet): the same defaults as a new passwordless connection.
 */
export const DATABASE_CODE_SETTINGS = { code_length: 6, code_lifetime_seconds: 180, max_attempts: 3 };

/**
 * Sends a code for a database connection (POST /otp/challenge): email, text message or voice call, into the outbox.
 * @param {Ctx} ctx
 * @param {{ client: ClientConfig, connection: string, channel: 'email'|'sms', to: string, language?: string, delivery?: 'text'|'voice' }} p
 */
export function sendDatabaseCode(ctx, p) {
  const { client, connection, channel, to } = p;
  const settings = DATABASE_CODE_SETTINGS;
  const code = ctx.otp.issue(otpKey(client.client_id, connection, to), {
    length: settings.code_length, lifetimeSeconds: settings.code_lifetime_seconds, maxAttempts: settings.max_attempts,
    send: 'code', authParams: {}, startedOnServer: true,
  });
  const app = client.name ?? client.client_id;
  const language = messageLanguage(p.language, undefined);
  const texts = MESSAGE_TEXTS[language] ?? MESSAGE_TEXTS.en;
  const text = channel === 'email'
    ? texts.emailCode({ app, code, expires: lifetimeIn(language, settings.code_lifetime_seconds) })
    : texts.smsCode({ app, code });
  return ctx.outbox.add({
    channel, to, code, text, sent_at: new Date(ctx.now()).toISOString(), client_id: client.client_id, send: 'code',
    ...(p.language ? { language: p.language } : {}),
    ...(channel === 'sms' ? { delivery: p.delivery ?? 'text' } : {}),
  });
}
