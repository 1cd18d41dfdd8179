import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Loaded by Node as they are: redis pulls in a native addon that bundlers cannot place.
  serverExternalPackages: ['redis', '@redis/client'],
  images: {
    // Photos are served by Payload; its named sizes are already cut, so next/image only passes them through.
    localPatterns: [{ pathname: '/api/photos/file/**' }],
  },
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
  turbopack: { root: process.cwd() },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
