import type { Payload, PayloadRequest } from 'payload'

import { DEFAULT_LOCALE } from '@/lib/i18n/locales'
import { plainText } from '@/lib/text/plain-text'

import { titlesOf } from './titles'
import { TranslationHint } from './TranslationHint'

type Props = {
  path: string
  id?: number | string
  collectionSlug?: string
  payload: Payload
  req?: PayloadRequest
  value?: unknown
}

/**
 * The title's translation hint, with the default language's title read on the server: the heading and breadcrumb
 * of an untranslated document show that title from the first render, not the document's id until a fetch ends.
 */
export async function TitleHint({ path, id, collectionSlug, payload, req, value }: Props) {
  const translating = req?.locale && req.locale !== DEFAULT_LOCALE
  const titles =
    translating && id !== undefined && collectionSlug && plainText(value) === ''
      ? await titlesOf(payload, collectionSlug, path, String(id))
      : undefined
  return <TranslationHint path={path} initialSource={plainText(titles?.[DEFAULT_LOCALE])} />
}
