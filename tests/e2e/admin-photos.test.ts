import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import ExifReader from 'exifreader'
import sharp from 'sharp'

import { account, signIn } from './accounts'
import { BASE_URL, closeBrowser, openBrowser, SCREENSHOT_DIR, type Session, SKIP_REASON } from './browser'

const suite = SKIP_REASON ? describe.skip : describe

suite('photos in the admin', () => {
  let session: Session
  beforeAll(async () => {
    session = await openBrowser({ width: 1400, height: 900 })
  })
  afterAll(() => closeBrowser(session))

  test('a bulk upload asks every photo for its credit and alt text; the saved files carry the credit', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eunic-bulk-'))
    const stamp = Date.now()
    const files = ['red', 'green'].map((colour) => path.join(dir, `${colour}-${stamp}.jpg`))
    await Promise.all(
      files.map((file, i) =>
        sharp({ create: { width: 1000, height: 700, channels: 3, background: i ? '#2a7' : '#a23' } })
          .jpeg()
          .toFile(file),
      ),
    )
    const contributor = await account('contributor')
    const page = await session.context.newPage()
    await signIn(page, contributor.email, contributor.password)
    await page.goto(`${BASE_URL}/admin/collections/photos`)
    // The button works once the list has hydrated; a click before that does nothing, so it is clicked until it opens.
    const fileInput = page.locator('.drawer input[type=file]').first()
    for (let attempt = 0; attempt < 5 && !(await fileInput.count()); attempt += 1) {
      await page.getByText('Bulk Upload', { exact: true }).click()
      await fileInput.waitFor({ state: 'attached', timeout: 3_000 }).catch(() => undefined)
    }
    await fileInput.setInputFiles(files)
    const drawer = page.locator('.drawer').last()
    await drawer.getByText('2 Files to Upload').first().waitFor()

    // Saving without credits: nothing is saved, and each photo says what it lacks.
    await drawer
      .locator('button:visible', { hasText: /^Save$/ })
      .first()
      .click()
    await drawer.locator('.file-selections__fileRowContainer--error').nth(1).waitFor()
    expect(await drawer.locator('.field-type:has(#field-credit) .field-error').innerText()).toMatch(/required/i)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/admin-bulk-upload-credits.png` })
    const none = await fetch(`${BASE_URL}/api/photos?where[filename][contains]=${stamp}&depth=0`, {
      headers: { authorization: `JWT ${contributor.token}` },
    })
    expect((await none.json()).totalDocs).toBe(0)

    for (const [i, file] of files.entries()) {
      await drawer.locator('.file-selections__fileRow', { hasText: path.basename(file) }).click()
      await drawer.locator('#field-alt').fill(`Test card ${i + 1}`)
      await drawer.locator('#field-credit').fill(`Photographer ${i + 1}`)
    }
    await drawer
      .locator('button:visible', { hasText: /^Save$/ })
      .first()
      .click()
    await drawer.waitFor({ state: 'detached', timeout: 20_000 })

    const saved = await (
      await fetch(`${BASE_URL}/api/photos?where[filename][contains]=${stamp}&sort=filename&depth=0`, {
        headers: { authorization: `JWT ${contributor.token}` },
      })
    ).json()
    expect(saved.docs.map((d: { credit: string; filename: string }) => [d.filename.split('-')[0], d.credit])).toEqual([
      ['green', 'Photographer 2'],
      ['red', 'Photographer 1'],
    ])
    const card = Buffer.from(await (await fetch(`${BASE_URL}${saved.docs[0].sizes.card.url}`)).arrayBuffer())
    const tags = ExifReader.load(card, { expanded: true }) as { xmp?: Record<string, { description?: string }> }
    expect(tags.xmp?.Credit?.description).toBe('Photographer 2')
    fs.rmSync(dir, { recursive: true, force: true })
    await page.close()
  })
})
