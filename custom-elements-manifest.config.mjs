// custom-elements.json (the package's `customElements` field) from the JSDoc on the element class: attributes,
// properties, events, slots, CSS parts, custom properties and custom states. Run by `npm run build:manifest`.
import { posix } from 'node:path';

export default {
  // The element is the only public class: the flow, its steps and transports are internals, not API.
  globs: ['src/element/passwordless-login.element.ts', 'src/passwordless-login.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicApiOnly(), publicPaths()],
};

/**
 * Private and protected members (and Lit's static plumbing) are not API: leave them out of the manifest. Events are
 * the ones documented with @event (the analyzer also lists each dispatchEvent call it finds, without a usable name).
 */
function publicApiOnly() {
  return {
    name: 'passwordless-login:public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        // The element is the API; module-level helpers beside it (the preview hook's key) are not.
        mod.declarations = (mod.declarations ?? []).filter((declaration) => declaration.customElement);
        const kept = new Set(mod.declarations.map((declaration) => declaration.name));
        mod.exports = (mod.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition' || kept.has(entry.declaration?.name));
        for (const declaration of mod.declarations) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name && event.description);
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static,
          );
        }
      }
    },
  };
}

/**
 * The analyzer describes the TypeScript sources; tools resolve a declaration's module through the package, so
 * point each module at the JavaScript the package ships (src/x.ts → dist/lib/src/x.js).
 */
function publicPaths() {
  return {
    name: 'passwordless-login:public-paths',
    packageLinkPhase({ customElementsManifest }) {
      const toLib = (path) => path.replace(/^\/?src\//, 'dist/lib/src/').replace(/\.ts$/, '.js');
      for (const mod of customElementsManifest.modules) {
        // Re-exports keep their import specifier ('./element/x.js'): make it relative to the package root.
        const resolve = (module) => toLib(module.startsWith('.') ? posix.join(posix.dirname(mod.path), module) : module);
        for (const ref of [...(mod.exports ?? []), ...(mod.declarations ?? [])]) {
          if (ref.declaration?.module) ref.declaration.module = resolve(ref.declaration.module);
          if (ref.superclass?.module) ref.superclass.module = resolve(ref.superclass.module);
        }
        mod.path = toLib(mod.path);
      }
    },
  };
}
