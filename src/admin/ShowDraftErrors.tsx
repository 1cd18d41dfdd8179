'use client'
import { useAllFormFields, useForm, useFormBackgroundProcessing, useFormModified } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

/** How long after a refused save by itself its field errors may take to reach the form. */
const ERRORS_ARRIVE_WITHIN_MS = 3000

/**
 * A draft saved by itself (autosave) and refused by the server: Payload keeps the field errors it got but hides
 * them (its form counts as not submitted), so the editor sees one toast and no field. This shows them on their
 * fields and marks their tabs, as after a refused Publish. A refused save leaves the form changed; a saved one
 * does not.
 */
export function ShowDraftErrors() {
  const [fields] = useAllFormFields()
  const { setSubmitted } = useForm()
  const saving = useFormBackgroundProcessing()
  const modified = useFormModified()
  const wasSaving = useRef(false)
  // When a save by itself ended with the form still changed; its field errors arrive in the renders after.
  const refusedAt = useRef<number | null>(null)

  useEffect(() => {
    if (saving) {
      wasSaving.current = true
      return
    }
    if (wasSaving.current) {
      wasSaving.current = false
      refusedAt.current = modified ? Date.now() : null
    }
    if (refusedAt.current === null) return
    if (Date.now() - refusedAt.current > ERRORS_ARRIVE_WITHIN_MS) {
      refusedAt.current = null
      return
    }
    if (Object.values(fields).some((field) => field?.valid === false && field.errorMessage)) {
      refusedAt.current = null
      setSubmitted(true)
    }
  }, [saving, modified, fields, setSubmitted])

  return null
}
