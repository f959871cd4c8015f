// @ts-check
// A Web Test Runner plugin that lets browser tests import `react` and `react-dom/client`: both ship as CommonJS
// only, which a browser cannot load. esbuild bundles them once into one ES module (one copy of React), and each
// bare import is answered by a small facade that re-exports its part of that bundle.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const PREFIX = '/__react/';
const SPECIFIERS = { react: 'react', 'react-dom': 'react-dom', 'react-dom/client': 'react-dom-client' };

/** @type {Promise<string> | undefined} */
let bundle;

function bundleReact() {
  bundle ??= build({
    stdin: {
      contents: "export * as react from 'react'; export * as reactDom from 'react-dom'; export * as reactDomClient from 'react-dom/client';",
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  }).then((result) => /** @type {import('esbuild').OutputFile} */ (result.outputFiles[0]).text);
  return bundle;
}

/** @param {string} name @param {string} exportName */
function facade(name, exportName) {
  // Read the export names in a child process: React's development build, required in this process, would write
  // to the runner's console.
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(name)}))))`;
  const names = /** @type {string[]} */ (
    JSON.parse(execFileSync(process.execPath, ['-e', script], { env: { ...process.env, NODE_ENV: 'production' }, encoding: 'utf8' }))
  );
  const keys = names.filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
  return [
    `import { ${exportName} as m } from '${PREFIX}bundle.js';`,
    'export default m;',
    `export const { ${keys.join(', ')} } = m;`,
  ].join('\n');
}

export function reactPlugin() {
  return {
    name: 'passwordless-login:react-esm',
    /** @param {{ source: string }} args */
    resolveImport({ source }) {
      const name = SPECIFIERS[/** @type {keyof typeof SPECIFIERS} */ (source)];
      return name ? `${PREFIX}${name}.js` : undefined;
    },
    /** @param {{ path: string }} context */
    async serve({ path }) {
      if (!path.startsWith(PREFIX)) return undefined;
      const file = path.slice(PREFIX.length);
      if (file === 'bundle.js') return { body: await bundleReact(), type: 'js' };
      if (file === 'react.js') return { body: facade('react', 'react'), type: 'js' };
      if (file === 'react-dom.js') return { body: facade('react-dom', 'reactDom'), type: 'js' };
      if (file === 'react-dom-client.js') return { body: facade('react-dom/client', 'reactDomClient'), type: 'js' };
      return undefined;
    },
  };
}
