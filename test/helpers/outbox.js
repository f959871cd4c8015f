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
    const response = await fetch(`${emulatorUrl}/__emulator/outbox?to=${encodeURIComponent(to)}`);
    const messages = /** @type {any[]} */ (await response.json());
    if (messages.length >= count) return messages[messages.length - 1];
    if (Date.now() > deadline) throw new Error(`No message #${count} to ${to} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** @param {string} emulatorUrl */
export async function countMessages(emulatorUrl) {
  const response = await fetch(`${emulatorUrl}/__emulator/outbox`);
  return /** @type {any[]} */ (await response.json()).length;
}
