// @ts-check
// Web Test Runner for the mutation run of src/flow/ (stryker.flow.config.mjs): the project's own config
// (web-test-runner.config.mjs: Chromium, esbuild, the React plugin, the timeouts), plus the one thing Stryker needs.
//
// Stryker's command runner names the mutant to switch on in the environment variable __STRYKER_ACTIVE_MUTANT__, and
// the instrumented code reads it from `process.env`, which a browser does not have: without help every mutant would
// run switched off, and survive. So each test page starts by setting `globalThis.__stryker__.activeMutant` (what the
// instrumented code checks first) before any module loads. With no mutant active (the dry run) the page is the
// default one. A mutant that hangs the page is stopped by Stryker's timeout, which kills wtr and Chromium with it.
//
// The test files come from the command line (--files), chosen by stryker.flow.config.mjs.

// Imported by URL, not by a literal specifier, so that `tsc -p tsconfig.node.json` (which checks scripts/) does not
// pull the project's browser-test config and its helpers into the Node type check.
const { default: baseConfig } = await import(new URL('../../web-test-runner.config.mjs', import.meta.url).href);

const activeMutant = process.env.__STRYKER_ACTIVE_MUTANT__;

// Chromium only, should the project's config list more engines: src/flow/ is plain logic, one engine kills its
// mutants as well as three, and each engine would add a browser start to every one of the hundreds of mutant runs.
const chromium = (/** @type {{ name: string }[]} */ (baseConfig.browsers ?? [])).filter((browser) => /^chrom/i.test(browser.name));

export default {
  ...baseConfig,
  ...(chromium.length ? { browsers: chromium } : {}),
  testRunnerHtml: (/** @type {string} */ testFramework) =>
    `<!DOCTYPE html><html><head>${
      activeMutant === undefined ? '' : `<script>globalThis.__stryker__ = { activeMutant: ${JSON.stringify(activeMutant)} };</script>`
    }</head><body><script type="module" src="${testFramework}"></script></body></html>`,
};
