/** @type {import('next').NextConfig} */
const nextConfig = {
  // This app has its own lockfile inside the passwordless-login repository: this folder is its root.
  turbopack: { root: import.meta.dirname },
};

export default nextConfig;
