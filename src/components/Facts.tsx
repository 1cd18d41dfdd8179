import type { ReactNode } from 'react'

export type Fact = { term: string; items: { key: string | number; content: ReactNode }[]; className?: string }

/** A definition list of an event's facts (tags, clusters, hosts, partners); empty facts are left out. */
export function Facts({ facts }: { facts: Fact[] }) {
  const shown = facts.filter((fact) => fact.items.length > 0)
  if (!shown.length) return null
  return (
    <dl className="event-facts">
      {shown.map((fact) => (
        <div key={fact.term} className="event-fact">
          <dt>{fact.term}</dt>
          <dd>
            <ul className={fact.className}>
              {fact.items.map((item) => (
                <li key={item.key}>{item.content}</li>
              ))}
            </ul>
          </dd>
        </div>
      ))}
    </dl>
  )
}
