import { account, signIn } from './accounts'
import { BASE_URL, closeBrowser, openBrowser, SCREENSHOT_DIR, type Session, SKIP_REASON } from './browser'

const suite = SKIP_REASON ? describe.skip : describe

type LexicalNode = { type?: string; url?: string; fields?: { url?: string }; children?: LexicalNode[] }
const linksIn = (node: LexicalNode | undefined): string[] =>
  !node
    ? []
    : [...(node.type === 'link' ? [node.fields?.url ?? node.url ?? ''] : []), ...(node.children ?? []).flatMap(linksIn)]

suite('links in rich text', () => {
  let session: Session
  beforeAll(async () => {
    session = await openBrowser()
  })
  afterAll(() => closeBrowser(session))

  test('a pasted address is stored as typed; one a link cannot use is refused on the field', async () => {
    const editor = await account('editor')
    const res = await fetch(`${BASE_URL}/api/events?draft=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${editor.token}` },
      body: JSON.stringify({
        _status: 'draft',
        title: `Links ${Date.now()}`,
        startDate: '2031-04-01T09:00:00.000Z',
        endDate: '2031-04-01T10:00:00.000Z',
      }),
    })
    const { doc } = await res.json()
    const page = await session.context.newPage()
    await signIn(page, editor.email, editor.password)
    await page.goto(`${BASE_URL}/admin/collections/events/${doc.id}`)
    const body = page.locator('.rich-text-lexical [contenteditable="true"]').first()
    await body.click()
    await page.keyboard.type('Visit the network')
    await page.keyboard.press('ControlOrMeta+A')
    await page.locator('.toolbar-popup__button-link').click()
    const url = page.locator('.drawer__content input#field-url')
    await url.waitFor()
    expect(await url.inputValue()).toBe('')

    await url.fill('https://https://eunic.eu')
    // The drawer's form takes a typed value a moment after the input shows it: on a loaded machine a save sent at
    // once can still see the empty field ("Enter the address…"). Save again until the server's check answers.
    const error = page.locator('.drawer__content .field-error')
    const refused = page.locator('.drawer__content .field-error', { hasText: /cannot be linked to/ })
    for (let i = 0; i < 5 && !(await refused.isVisible()); i += 1) {
      await page.locator('.drawer__content button:has-text("Save changes")').click()
      await refused.waitFor({ timeout: 2000 }).catch(() => undefined)
    }
    expect(await error.innerText()).toMatch(/cannot be linked to/)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-link-refused.png` })

    await url.fill('https://eunic.eu/members')
    // As an editor would, saving once the error has gone (the drawer checks the new address as it is typed, and a
    // save while that check runs is not taken).
    await error.waitFor({ state: 'detached' })
    await page.locator('.drawer__content button:has-text("Save changes")').click()
    await url.waitFor({ state: 'detached' })
    let links: string[] = []
    for (let i = 0; i < 40 && links.length === 0; i += 1) {
      await page.waitForTimeout(500)
      const saved = await (
        await fetch(`${BASE_URL}/api/events/${doc.id}?draft=true&depth=0`, {
          headers: { authorization: `JWT ${editor.token}` },
        })
      ).json()
      links = linksIn(saved.body?.root)
    }
    expect(links).toEqual(['https://eunic.eu/members'])
    await page.close()
  })
})
