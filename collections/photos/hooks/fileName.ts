import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { forbiddenCharacter } from '@/lib/text/plain-text'

import { imageHeader } from './imageHeader'

/** The extension each accepted image format is served with (sharp's name for the format → the extension). */
const EXTENSIONS: Record<string, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', heif: 'avif' }

/**
 * An uploaded file's name is the address it is served at: a control character in it is refused, and its
 * extension is the one of what the file is (a photo named "x.html" is stored as "x.jpg"), so no server or cache in
 * front takes it for something else.
 */
export const nameFile: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file?.name) return args
  const character = forbiddenCharacter(file.name)
  if (character || /[/\\]/.test(file.name))
    throw new APIError(
      `The file name ${JSON.stringify(file.name.slice(0, 60))} holds ${character ? `a control character (${character})` : 'a folder separator'}: rename the file and upload it again.`,
      400,
      null,
      true,
    )
  const meta = await imageHeader(file)
  const extension = meta?.format ? EXTENSIONS[meta.format] : undefined
  if (!extension) return args // not an accepted image: Payload's type check answers
  const base = file.name.replace(/\.[^.]*$/, '') || 'photo'
  if (!file.name.toLowerCase().endsWith(`.${extension}`) && !(extension === 'jpg' && /\.jpe?g$/i.test(file.name)))
    file.name = `${base}.${extension}`
  return args
}
