// Plural forms for translations whose words change with a number (Russian "1 секунду / 2 секунды / 5 секунд").
// The categories are the locale's own CLDR rules, from Intl.PluralRules; `other` is required because every locale has it.

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();

/** The form for `count` in `locale`, with `#` replaced by the number (formatted for the locale). */
export function plural(locale: string, count: number, forms: PluralForms): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  const form = forms[rule.select(count)] ?? forms.other;
  return form.replace('#', count.toLocaleString(locale));
}
