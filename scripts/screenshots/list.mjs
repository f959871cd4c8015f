// @ts-check
// The pictures `npm run screenshots` takes, in one place: their file names (stable: README.md links them, and
// test/node/screenshots-list.test.js checks that it does) and what each shows. Each is every state of the states
// gallery (demo/gallery-states.ts) in a grid.

/**
 * @typedef {object} Screenshot
 * @property {string} file under docs/screenshots/
 * @property {string} caption what it shows, as README.md says it
 * @property {string} theme the gallery's theme ('' for the default)
 * @property {'light'|'dark'} scheme the page's colour scheme
 * @property {string} lang the elements' language
 */

/** @type {Screenshot[]} */
export const SCREENSHOTS = [
  { file: 'default-light.png', caption: 'default theme, light', theme: '', scheme: 'light', lang: 'en' },
  { file: 'default-dark.png', caption: 'default theme, dark', theme: '', scheme: 'dark', lang: 'en' },
  { file: 'arabic-rtl.png', caption: 'Arabic, right to left', theme: '', scheme: 'light', lang: 'ar' },
  { file: 'midnight.png', caption: 'midnight theme', theme: 'midnight', scheme: 'light', lang: 'en' },
  { file: 'paper.png', caption: 'paper theme', theme: 'paper', scheme: 'light', lang: 'en' },
  { file: 'brand.png', caption: 'brand theme', theme: 'brand', scheme: 'light', lang: 'en' },
  // The themes that follow the page's scheme (light-dark() in demo/demo.css) are shown in it too; midnight is always
  // dark and paper always light.
  { file: 'brand-dark.png', caption: 'brand theme, dark', theme: 'brand', scheme: 'dark', lang: 'en' },
];
