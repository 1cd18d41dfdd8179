// The house's boundaries (README, "Layout"). Paths are resolved, so an alias (@/db/…) and a relative import
// (../db/…) of the same file are the same import. The lint test (tests/unit/lint-boundaries.test.ts) breaks
// each rule once on purpose.

import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'

/**
 * How imports are followed: TypeScript's resolution (the @/ alias included), and every file parsed as TypeScript,
 * so that a cycle through a file that holds types is seen.
 */
export const importResolution = {
  files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
  plugins: { 'import-x': importX },
  settings: {
    'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.js', '.mjs'] },
    'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
  },
}

/** Payload and what only the data layer may touch. */
const PAYLOAD_PACKAGES = {
  paths: [{ name: 'payload', message: 'Only src/data reads Payload for the site: ask src/data for a view model.' }],
  patterns: [{ group: ['payload/*'], message: 'Only src/data reads Payload for the site: ask src/data.' }],
}

const ENV_READ = {
  object: 'process',
  property: 'env',
  message: 'Settings are read once, in src/config: import { config } from "@/config".',
}

/** Who may not import whom, by resolved path. */
const ZONES = [
  {
    target: ['./app/(site)', './src/components', './src/feeds'],
    from: ['./src/payload-types.ts', './src/db', './payload.config.ts', './collections', './globals'],
    message: 'The site renders view models from src/data, never documents or the database.',
  },
  {
    target: './src/lib',
    from: './',
    except: ['./src/lib', './node_modules'],
    message: 'src/lib holds pure functions: it imports nothing of the app (settings come in as arguments).',
  },
  {
    target: './migrations',
    from: './',
    except: ['./migrations', './node_modules'],
    message: 'A migration imports nothing of the app: copy what it writes into migrations/ (it must never change).',
  },
  {
    target: ['./src', './app', './collections', './globals', './*.ts', './cache-handler.mjs'],
    from: './scripts',
    message: 'The app never imports scripts/: move what both need into src/.',
  },
]

export const boundaries = [
  // No cycles anywhere: a room stands above what it imports. And the zones above.
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: ZONES }],
      // Next's own files are not an interface: what the app needs of Next it takes from Next's public entry points
      // (the server once imported its compiled compression; an upgrade may move or drop such a file silently).
      'import-x/no-internal-modules': ['error', { forbid: ['next/dist/**'] }],
    },
  },
  // Only src/config reads the environment. Scripts (launchers that prepare a child's environment), tests and the
  // test runner's own configuration are tools around the app, not the app.
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    ignores: ['src/config/**', 'scripts/**', 'tests/**', 'jest.config.mjs', 'eslint.config.mjs', 'eslint/**'],
    rules: { 'no-restricted-properties': ['error', ENV_READ] },
  },
  // The site's pages, components and feeds never import Payload (the zones keep its types and the database away).
  {
    files: ['app/(site)/**', 'src/components/**', 'src/feeds/**'],
    rules: { 'no-restricted-imports': ['error', PAYLOAD_PACKAGES] },
  },
  // src/lib: pure functions only: no framework.
  {
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'next', message: 'src/lib holds pure functions: no framework.' },
            { name: 'payload', message: 'src/lib holds pure functions: no Payload.' },
          ],
          patterns: [{ group: ['next/*', 'payload/*', '@payloadcms/*'], message: 'src/lib holds pure functions.' }],
        },
      ],
    },
  },
]
