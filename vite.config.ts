import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';

// The script-tag build: dist/passwordless-login.js is one ES module with Lit inlined and the element up to its first
// step; the rest of the element (src/later/), auth0-js, the phone metadata, each transport and the non-default locales
// are lazy chunks beside it, loaded by relative URL, so the folder works from any path or CDN.
export default defineConfig({
  publicDir: false,
  plugins: [minifyTemplates(), reserveCss()],
  resolve: {
    alias: [
      // auth0-js from the ES module source it ships (the same 10.2.1) instead of its prebuilt bundle, so the
      // minifier sees it whole, and qs (its and superagent's) as the four calls they make of it need it.
      { find: /^auth0-js$/, replacement: fileURLToPath(new URL('./scripts/build/auth0-js.js', import.meta.url)) },
      { find: /^qs$/, replacement: fileURLToPath(new URL('./scripts/build/qs.js', import.meta.url)) },
      // idtoken-verifier from its source too, without the Promise polyfill and the fetch fallback it never uses here.
      { find: /^idtoken-verifier$/, replacement: fileURLToPath(new URL('./node_modules/idtoken-verifier/src/index.js', import.meta.url)) },
      { find: /^es6-promise$/, replacement: fileURLToPath(new URL('./scripts/build/es6-promise.js', import.meta.url)) },
      { find: /^unfetch$/, replacement: fileURLToPath(new URL('./scripts/build/unfetch.js', import.meta.url)) },
      { find: /^fast-safe-stringify$/, replacement: fileURLToPath(new URL('./scripts/build/fast-safe-stringify.cjs', import.meta.url)) },
      // idtoken-verifier's RS256 check and at_hash on the browser's BigInt instead of jsbn, and a SHA-256 of its own
      // size instead of crypto-js's framework. Every stand-in gives the original's results: test/node/build-shims.test.js.
      { find: /^jsbn$/, replacement: fileURLToPath(new URL('./scripts/build/jsbn.js', import.meta.url)) },
      { find: /^crypto-js\/(sha256|enc-hex|enc-base64)$/, replacement: fileURLToPath(new URL('./scripts/build/crypto-js/', import.meta.url)) + '$1.js' },
    ],
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: 'src/script-tag.ts',
      formats: ['es'],
      fileName: () => 'passwordless-login.js',
    },
    rolldownOptions: {
      // Lazy chunks import what they share with the entry from the entry itself, instead of a common chunk the
      // entry would have to fetch before it can render.
      preserveEntrySignatures: 'allow-extension',
      output: {
        // Library mode keeps whitespace unless asked (field notes): minify the shipped files.
        minify: true,
        // No comments in the shipped files, not even the bundler's hints (/* @__PURE__ */): they are bytes for nothing.
        comments: false,
        // A module named *.chunk.ts is a lazy chunk of its own; its file drops the suffix (spa-transport-[hash].js).
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.endsWith('/scripts/build/auth0-js.js')
            ? 'chunks/auth0.min.esm-[hash].js'
            : `chunks/${chunk.name.replace(/\.chunk$/, '')}-[hash].js`,
      },
    },
  },
});

/** dist/passwordless-login.css, beside the bundle: the box reserved before the element is defined (no layout shift). */
function reserveCss(): Plugin {
  return {
    name: 'passwordless-login:reserve-css',
    apply: 'build',
    generateBundle() {
      const source = readFileSync(new URL('./src/passwordless-login.css', import.meta.url), 'utf8');
      this.emitFile({ type: 'asset', fileName: 'passwordless-login.css', source });
    },
  };
}

/**
 * The minifier leaves the text of html`` and css`` templates alone. A css`` without expressions goes through esbuild's
 * CSS minifier; in the others, drop the indentation (line breaks stay, so source maps keep their lines) and, in CSS,
 * the spaces around braces, semicolons and commas.
 */
function minifyTemplates(): Plugin {
  return {
    name: 'passwordless-login:minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
      return { code: rewriteTemplates(code), map: null };
    },
  };
}

/** Rewrites the static text of every html`…`/css`…` literal, nested ones included; `${…}` is left as is. */
export function rewriteTemplates(code: string): string {
  const edits: [start: number, end: number, text: string][] = [];
  const tag = /\b(html|css)`/g;
  for (let match = tag.exec(code); match; match = tag.exec(code)) {
    const isCss = match[1] === 'css';
    let i = match.index + match[0].length;
    let start = i;
    const whole = isCss ? plainLiteral(code, i) : null;
    if (whole !== null) {
      edits.push([i, i + whole.length, transformSync(whole, { loader: 'css', minify: true }).code.trim()]);
      tag.lastIndex = i + whole.length + 1;
      continue;
    }
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '\\') i += 2;
      else if (code[i] === '$' && code[i + 1] === '{') {
        edits.push([start, i, squeeze(code.slice(start, i), isCss)]);
        i = skipExpression(code, i + 2);
        start = i;
      } else i += 1;
    }
    edits.push([start, i, squeeze(code.slice(start, i), isCss)]);
  }
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** The text of the template literal starting at `start` when it has no `${…}` and no escapes, else null. */
function plainLiteral(code: string, start: number): string | null {
  const end = code.indexOf('`', start);
  const text = code.slice(start, end);
  return end < 0 || text.includes('${') || text.includes('\\') ? null : text;
}

function squeeze(text: string, isCss: boolean): string {
  let result = text.replace(/[ \t]*\n[ \t]*/g, '\n');
  if (isCss) result = result.replace(/\/\*[\s\S]*?\*\//g, '').replace(/[ \t]*([{};,])[ \t]*/g, '$1');
  return result;
}

/** Index just after the `}` that closes a `${` expression (strings, nested templates and braces skipped). */
function skipExpression(code: string, i: number): number {
  let depth = 1;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') i += 2;
    else if (c === "'" || c === '"') {
      const quote = c;
      i += 1;
      while (i < code.length && code[i] !== quote) i += code[i] === '\\' ? 2 : 1;
      i += 1;
    } else if (c === '`') {
      i += 1;
      while (i < code.length && code[i] !== '`') {
        if (code[i] === '\\') i += 2;
        else if (code[i] === '$' && code[i + 1] === '{') i = skipExpression(code, i + 2);
        else i += 1;
      }
      i += 1;
    } else {
      if (c === '{') depth += 1;
      else if (c === '}' && --depth === 0) return i + 1;
      i += 1;
    }
  }
  return i;
}
