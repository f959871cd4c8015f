// Helpers for what the person types: the recipient shown back (the code field's are in code-entry.ts; the phone
// country's, SMS only, in phone/phone-country.ts). The rules that decide what may be sent are the protocol's
// (protocol/identifiers.js), shared with the server.

/** a•••@example.com, +44 ••• ••• •89: enough to recognise, not enough to harvest. */
export function maskRecipient(recipient: string): string {
  const at = recipient.lastIndexOf('@');
  if (at > 0) return `${recipient[0]}•••@${recipient.slice(at + 1)}`;
  if (recipient.length <= 4) return '•'.repeat(recipient.length);
  return `${recipient.slice(0, 3)}•••${recipient.slice(-2)}`;
}
