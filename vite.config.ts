import { defineConfig } from 'vite';

// The script-tag build: dist/passwordless-login.js is one ES module with Lit inlined; auth0-js and the phone
// metadata are lazy chunks beside it, loaded by relative URL, so the folder works from any path or CDN.
export default defineConfig({
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: 'src/passwordless-login.ts',
      formats: ['es'],
      fileName: () => 'passwordless-login.js',
    },
    rolldownOptions: {
      output: {
        // Library mode keeps whitespace unless asked (field notes): minify the shipped files.
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
