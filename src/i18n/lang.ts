/** The element's language: its own `lang`, else the nearest ancestor's, else `<html lang>`, else English. */
export function resolveLang(element: Element): string {
  return element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
}
