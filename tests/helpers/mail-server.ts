import type { AddressInfo } from 'node:net'

import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type Arrived = { mail: ParsedMail; envelopeTo: string[]; user?: string }

/**
 * A real SMTP server on this machine, as a mail provider would run one (with a user and password), that keeps every
 * mail it accepts, parsed. `stop()` and `start()` take it away and bring it back on the same port: an outage.
 */
export async function startMailServer() {
  const arrived: Arrived[] = []
  let waiting: Array<() => void> = []
  const make = () =>
    new SMTPServer({
      authOptional: false,
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onAuth(auth, _session, callback) {
        if (auth.username === 'cms' && auth.password === 'mail-secret') return callback(null, { user: auth.username })
        callback(new Error('Invalid username or password'))
      },
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((mail) => {
            arrived.push({
              mail,
              envelopeTo: session.envelope.rcptTo.map((r) => r.address),
              user: session.user as string | undefined,
            })
            const woken = waiting
            waiting = []
            for (const wake of woken) wake()
            callback()
          })
          .catch((error: Error) => callback(error))
      },
    })
  let server = make()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://cms:mail-secret@127.0.0.1:${port}`,
    arrived,
    /** The mails that went to this address. */
    to: (address: string) => arrived.filter((a) => a.envelopeTo.includes(address)),
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
    async start() {
      server = make()
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The first link of a mail's text that contains `part`. */
export function linkIn(arrived: Arrived, part: string): string {
  const links = (arrived.mail.text ?? '').match(/https?:\/\/\S+/g) ?? []
  const link = links.find((l) => l.includes(part))
  if (!link) throw new Error(`No link with ${part} in: ${arrived.mail.text}`)
  return link
}
