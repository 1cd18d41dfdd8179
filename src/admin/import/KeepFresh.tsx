'use client'
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

const EVERY_MS = 2000

/** Reads the page again every two seconds while an import runs, so its progress and report fill in. */
export function KeepFresh() {
  const router = useRouter()
  useEffect(() => {
    const timer = window.setInterval(() => router.refresh(), EVERY_MS)
    return () => window.clearInterval(timer)
  }, [router])
  return null
}
