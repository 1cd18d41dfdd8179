import { oneLine, renderMail } from '@/mail/render'
import { MAIL_KINDS, NOTICE_KINDS, WORDS } from '@/mail/words'

const base = {
  link: 'https://events.example.org/admin/collections/events/7',
  accountLink: 'https://events.example.org/admin/account',
}

describe('mails as their readers get them', () => {
  test('every kind has its words in every language', () => {
    for (const language of ['en', 'fr', 'de'] as const)
      for (const kind of MAIL_KINDS) {
        const words = WORDS[language][kind]
        expect(words.subject({ site: 'S', title: 'T', person: 'P' }).length).toBeGreaterThan(3)
        expect(words.action.length).toBeGreaterThan(3)
      }
  })

  test('text and HTML say the same, with the link written out; HTML escapes what people typed', () => {
    const mail = renderMail({
      ...base,
      kind: 'reviewReturned',
      language: 'en',
      values: {
        site: 'EUNIC <Events>',
        title: 'Jazz & poetry',
        person: 'Ed "the editor"',
        note: 'Add the <venue>.\nThanks.',
      },
    })
    expect(mail.subject).toBe('Changes requested: Jazz & poetry')
    expect(mail.text).toContain('Ed "the editor" sent “Jazz & poetry” back with a note:')
    expect(mail.text).toContain('Add the <venue>.\nThanks.')
    expect(mail.text).toContain(`Open the event: ${base.link}`)
    expect(mail.html).toContain('EUNIC &lt;Events&gt;')
    expect(mail.html).toContain('Jazz &amp; poetry')
    expect(mail.html).toContain('Add the &lt;venue&gt;.\nThanks.')
    expect(mail.html).not.toContain('<venue>')
    expect(mail.html).not.toMatch(/<img|<script|src=|https?:\/\/(?!events\.example\.org)/i)
    expect(mail.html).toContain('<html lang="en">')
  })

  test('a notice says how to turn it off; a mail someone asked for does not', () => {
    for (const kind of NOTICE_KINDS) {
      const mail = renderMail({
        ...base,
        kind,
        language: 'de',
        values: { site: 'S', title: 'T', person: 'P', error: 'E', target: 'U' },
      })
      expect(mail.text).toContain(base.accountLink)
    }
    const reset = renderMail({ ...base, kind: 'reset', language: 'fr', values: { site: 'Le site' } })
    expect(reset.text).not.toContain(base.accountLink)
    expect(reset.text).toContain('Envoyé par Le site.')
    expect(reset.subject).toBe('Réinitialiser votre mot de passe pour Le site')
  })

  test('a subject is one line, whatever its parts hold, and at most 200 characters', () => {
    const mail = renderMail({
      ...base,
      kind: 'published',
      language: 'en',
      values: { site: 'S', title: 'A\r\nBcc: x@example.org\u2028B' },
    })
    expect(mail.subject).toBe('Published: A Bcc: x@example.org B')
    expect(oneLine('\tx\u0000y\u007f')).toBe('x y')
    const long = renderMail({
      ...base,
      kind: 'published',
      language: 'en',
      values: { site: 'S', title: 'x'.repeat(500) },
    })
    expect(long.subject).toHaveLength(200)
  })

  test('a scheduled publish that failed says when it was due only when it knows', () => {
    const due = renderMail({
      ...base,
      kind: 'scheduleFailed',
      language: 'en',
      values: { site: 'S', title: 'T', error: 'refused', until: '1 May 2030, 10:00 UTC' },
    })
    expect(due.text).toContain('“T” was to be published at 1 May 2030, 10:00 UTC, and was not: refused')
    const unknown = renderMail({
      ...base,
      kind: 'scheduleFailed',
      language: 'en',
      values: { site: 'S', title: 'T', error: 'refused' },
    })
    expect(unknown.text).toContain('“T” was to be published, and was not: refused')
  })
})
