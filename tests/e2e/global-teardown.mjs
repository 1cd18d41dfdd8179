import { stopServer } from './server.mjs'

export default async function globalTeardown() {
  stopServer()
}
