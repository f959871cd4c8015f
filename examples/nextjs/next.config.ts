import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // This app lives inside the passwordless-login repository, whose own lockfile would otherwise be taken for the root.
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
  // Loaded by Node, not bundled: passwordless-login/ssr renders with Lit's Node build (the `node` export condition),
  // which brings the DOM shim Lit SSR needs.
  serverExternalPackages: ['passwordless-login', '@lit-labs/ssr'],
};

export default nextConfig;
