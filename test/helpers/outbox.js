// @ts-check
// Reads what the emulator "sent", as a person would read their inbox.

/**
 * @param {string} emulatorUrl
 * @param {string} to
 * @param {{ count?: number, timeoutMs?: number }} [options] wait until this many messages arrived
 * @returns {Promise<{ code: string, link?: string, text: string, channel: string, to: string }>} the newest
 */
export async function waitForMessage(emulatorUrl, to, { count = 1, timeoutMs = 10_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const messages = await inbox(emulatorUrl, to);
    if (messages.length >= count) return messages[messages.length - 1];
    if (Date.now() > deadline) throw new Error(`No message #${count} to ${to} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Every message to `to` so far, oldest first. @param {string} emulatorUrl @param {string} to */
async function inbox(emulatorUrl, to) {
  const response = await fetch(`${emulatorUrl}/__emulator/outbox?to=${encodeURIComponent(to)}`);
  return /** @type {{ code: string, link?: string, text: string, channel: string, to: string }[]} */ (await response.json());
}

/** How many messages went to `to` so far. @param {string} emulatorUrl @param {string} to */
export async function messagesTo(emulatorUrl, to) {
  return (await inbox(emulatorUrl, to)).length;
}

/** @param {string} emulatorUrl */
export async function countMessages(emulatorUrl) {
  const response = await fetch(`${emulatorUrl}/__emulator/outbox`);
  return /** @type {any[]} */ (await response.json()).length;
}
