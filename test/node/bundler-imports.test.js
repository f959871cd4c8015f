// @ts-check
// Every dynamic import() in the browser code is one that the bundlers our users build with can take. Turbopack (Next.js
// 16's `next build`) fails a build on a specifier it cannot resolve, webpack warns; Vite and dev servers resolve
// string literals. So: a string literal, or an expression both are told to leave alone (`webpackIgnore: true`, which
// Turbopack honours too, and `@vite-ignore`). The build keeps the comments (tsconfig has no removeComments), so the
// package's dist/lib has them too; test/e2e/example-nextjs.test.js builds the Next.js example with Turbopack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = new URL('../..', import.meta.url).pathname;

/** @param {string} dir @returns {AsyncGenerator<string>} */
async function* sources(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (/\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield path;
  }
}

/** Each `import(…)` in a file: its specifier's text and the comments before it. @param {string} path */
async function dynamicImports(path) {
  const text = await readFile(path, 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  /** @type {{ where: string, specifier: ts.Expression, comments: string }[]} */
  const found = [];
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [specifier] = node.arguments;
      const comments = text.slice(specifier.pos, specifier.getStart()).trim(); // between the parenthesis and the specifier
      const { line } = file.getLineAndCharacterOfPosition(node.getStart());
      found.push({ where: `${relative(root, path)}:${line + 1}`, specifier, comments });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

test('each dynamic import() in src/ has a literal specifier, or tells webpack, Turbopack and Vite to leave it alone', async () => {
  /** @type {string[]} */
  const refused = [];
  let literal = 0;
  let ignored = 0;
  for await (const path of sources(join(root, 'src'))) {
    for (const { where, specifier, comments } of await dynamicImports(path)) {
      if (ts.isStringLiteral(specifier)) literal += 1;
      else if (/webpackIgnore:\s*true/.test(comments) && /@vite-ignore/.test(comments)) ignored += 1;
      else refused.push(`${where}: import(${specifier.getText()}) ${comments}`);
    }
  }
  assert.deepEqual(refused, [], 'a bundler would try to resolve these');
  assert.ok(literal >= 10, `the lazy chunks are literal imports (${literal} found)`);
  assert.equal(ignored, 1, 'one import by URL: the retry of a failed chunk (element/chunk-loader.ts)');
});

test('the compiler keeps the comments in the package build (dist/lib)', async () => {
  const config = ts.readConfigFile(join(root, 'tsconfig.build.json'), ts.sys.readFile).config;
  const base = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile).config;
  assert.notEqual(config.compilerOptions?.removeComments ?? base.compilerOptions?.removeComments, true);
});
