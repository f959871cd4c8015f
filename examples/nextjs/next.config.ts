import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // This app lives inside the passwordless-login repository, whose own lockfile would otherwise be taken for the root.
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
};

export default nextConfig;
