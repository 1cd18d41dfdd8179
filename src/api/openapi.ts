import type { Endpoint, PayloadRequest } from 'payload'

import { importPaths } from './openapi-imports'

/** The collections and globals other sites read (and integrations write): the accounts and jobs stay out. */
export const DOCUMENTED = {
  collections: ['events', 'photos', 'tags', 'clusters', 'institutes', 'organisations', 'partners'],
  globals: ['settings'],
}

/**
 * The OpenAPI 3.1 description of the public API, generated from the collections by payload-oapi — its generator
 * only: the plugin's token endpoint signs in past the sign-in limits and its reference pages load scripts from a
 * CDN. Signing in is described as what it is here: an API key in the Authorization header. Loaded when first
 * asked for (the generator pulls in modules the test runner's module loader cannot read).
 */
export async function openapiDocument(req: PayloadRequest) {
  const { generateV31Spec } = await import('payload-oapi/dist/openapi/generators.js')
  const spec = await generateV31Spec(req, {
    openapiVersion: '3.1',
    metadata: {
      title: 'Events of the network — public API',
      version: '1',
      description:
        'Published events, their photos (with credits), tags, clusters, institutes, member organisations and partners. Read without an account: pages of up to 100, relations one level deep unless depth asks for up to 3. Integrations write with an API key.',
    },
    authEndpoint: '/users/login',
    filters: {
      includeCollections: DOCUMENTED.collections,
      includeGlobals: DOCUMENTED.globals,
      hideInternalCollections: true,
    },
    apiBasePath: null,
  })
  spec.components = {
    ...spec.components,
    securitySchemes: {
      ApiKey: {
        type: 'apiKey',
        in: 'header',
        name: 'Authorization',
        description: 'Send "users API-Key <key>"; an admin gives an integration its key in the admin.',
      },
    },
  }
  // Reading is open to everyone (published content); a key is needed to write, and reads drafts its role may.
  // (The imports, added after, are an account's own: reading them needs a key too.)
  for (const operations of Object.values(spec.paths ?? {}) as Array<Record<string, { security?: unknown[] }>>)
    for (const [method, operation] of Object.entries(operations))
      if (method === 'get' && operation?.security) operation.security = [{}, ...operation.security]
  const imports = importPaths()
  spec.paths = { ...spec.paths, ...(imports.paths as unknown as typeof spec.paths) }
  spec.components.schemas = {
    ...spec.components.schemas,
    ...(imports.schemas as unknown as typeof spec.components.schemas),
  }
  // Relations to what is left out (an author is an account) keep their reference: named, not described.
  const schemas = (spec.components.schemas ??= {})
  for (const [, name] of JSON.stringify(spec).matchAll(/"#\/components\/schemas\/([^"]+)"/g))
    schemas[name] ??= {
      type: 'object',
      description: 'Not part of the public API: readable by signed-in accounts only.',
    }
  return spec
}

export const openapiEndpoint: Endpoint = {
  path: '/openapi.json',
  method: 'get',
  handler: async (req) => Response.json(await openapiDocument(req)),
}
