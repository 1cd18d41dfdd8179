/** The list's column of an import's progress: "12 of 40". */
export function ProgressCell({ cellData }: { cellData?: { done?: number | null; total?: number | null } | null }) {
  const done = cellData?.done ?? 0
  const total = cellData?.total ?? 0
  return <span>{total ? `${done} of ${total}` : '—'}</span>
}
