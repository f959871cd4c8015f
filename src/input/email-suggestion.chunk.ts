// "Did you mean …@gmail.com?" for common domain typos. Written here rather than taken from mailcheck, the
// usual library, because mailcheck has had no release since 2015 and ships jQuery glue; this is 40 lines.

const COMMON_DOMAINS = [
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.co.uk', 'yahoo.fr', 'hotmail.com', 'hotmail.co.uk', 'hotmail.fr',
  'outlook.com', 'live.com', 'msn.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'proton.me', 'protonmail.com',
  'gmx.de', 'gmx.net', 'web.de', 't-online.de', 'orange.fr', 'free.fr', 'laposte.net', 'libero.it', 'qq.com',
  '163.com', 'yandex.ru', 'mail.ru', 'comcast.net', 'verizon.net', 'att.net', 'btinternet.com', 'fastmail.com',
];

/** Damerau-Levenshtein distance (optimal string alignment), enough for one or two slips of the finger. */
function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = rows[i]!;
      row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
    }
  }
  return rows[a.length]![b.length]!;
}

/** The corrected address when the domain is one or two typos away from a common one, else null. */
export function suggestEmail(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at < 1) return null;
  const domain = email.slice(at + 1).toLowerCase();
  if (!domain || COMMON_DOMAINS.includes(domain)) return null;
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of COMMON_DOMAINS) {
    const d = distance(domain, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  // Two slips are allowed only in longer domains, so "me.co" is not turned into "me.com" and "aol.de" stays.
  if (!best || (bestDistance === 2 && domain.length < 8)) return null;
  return `${email.slice(0, at)}@${best}`;
}
