import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

/** `lang`: the text's language, when it is not the page's (a body not yet translated). */
export function RichText({ data, lang }: { data: unknown; lang?: string }) {
  if (!data || typeof data !== 'object') return null
  const text = <LexicalRichText className="rich-text" data={data as SerializedEditorState} />
  return lang ? <div lang={lang}>{text}</div> : text
}
