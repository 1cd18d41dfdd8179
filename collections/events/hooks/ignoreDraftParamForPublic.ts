import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Anonymous readers asking for `draft=true` read the versions table, where a published event with a newer
 * draft fails the published-only constraint and vanishes. The access rule already hides every draft, so for
 * them the flag can only hide published events: it is dropped. Calls that skip access (the Local API's default)
 * keep it: they read the newest draft.
 */
export const ignoreDraftParamForPublic: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'read' && !req.user && args.draft && !args.overrideAccess) return { ...args, draft: false }
  return args
}
