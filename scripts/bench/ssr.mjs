// @ts-check
// The server-rendered <passwordless-login> for the benchmark: its HTML from passwordless-login/ssr (compiled from src/
// as the package builds it), and passwordless-login/hydrate bundled as a site would, minified (whitespace and names;
// the templates' text stays as the server renders it, or hydration would not match).
import { join } from 'node:path';
import { build } from 'vite';
import { importSsr, removeSsrBuilds } from '../../test/helpers/ssr.js';

const root = new URL('../..', import.meta.url).pathname;

/**
 * @param {Record<string, string>} attributes the element's attributes
 * @param {string} outDir where the hydrate bundle goes (emptied first)
 * @returns {Promise<{ element: string, folder: string }>} the element's HTML, and the folder with hydrate.js
 */
export async function prepareSsr(attributes, outDir) {
  const { renderPasswordlessLogin } = await importSsr();
  const element = await renderPasswordlessLogin(attributes, { lang: 'en' });
  await removeSsrBuilds(); // the compiled modules stay loaded; their folder is not needed any more
  await build({
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry: join(root, 'src', 'hydrate.ts'), formats: ['es'], fileName: () => 'hydrate.js' },
      rolldownOptions: { output: { minify: true, comments: false } },
    },
  });
  return { element, folder: outDir };
}
