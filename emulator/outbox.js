// @ts-check
// What the emulator "sent": emails and text messages, readable through the dev API.

/**
 * @typedef {object} OutboxItem
 * @property {string} id
 * @property {'email'|'sms'} channel
 * @property {string} to
 * @property {string} code
 * @property {string} [link] magic links only: the full verify_redirect URL
 * @property {string} text
 * @property {string} sent_at ISO
 * @property {string} client_id
 * @property {'code'|'link'} send
 * @property {string} [language] from X-Request-Language or authParams.language
 * @property {'text'|'voice'} [delivery] a phone code of /otp/challenge: its `delivery_method` (a voice call reads the text)
 */

export class Outbox {
  /** @param {number} [maxItems] */
  constructor(maxItems = 1000) {
    this.maxItems = maxItems;
    /** @type {OutboxItem[]} */
    this.items = [];
    this.counter = 0;
  }

  /** @param {Omit<OutboxItem, 'id'>} item */
  add(item) {
    this.counter += 1;
    const full = { id: `msg_${this.counter}`, ...item };
    this.items.push(full);
    if (this.items.length > this.maxItems) this.items.splice(0, this.items.length - this.maxItems);
    return full;
  }

  /** @param {string|null} [to] case-insensitive for email */
  list(to) {
    if (!to) return [...this.items];
    const wanted = to.trim().toLowerCase();
    return this.items.filter((i) => i.to.toLowerCase() === wanted);
  }

  /** The newest item (for `to`, if given), scanning from the end. @param {string|null} [to] */
  latest(to) {
    const wanted = to?.trim().toLowerCase();
    for (let i = this.items.length - 1; i >= 0; i--) {
      if (!wanted || this.items[i].to.toLowerCase() === wanted) return this.items[i];
    }
    return undefined;
  }

  clear() {
    this.items = [];
  }
}
