import type { Page } from 'playwright-core'

/** Waits until the admin's form has opened its fields (they are disabled while it loads). */
export const formReady = (page: Page) =>
  page.waitForFunction(() => {
    const input = document.querySelector<HTMLInputElement>('#field-title')
    return Boolean(input && !input.disabled && !input.readOnly)
  })

/** Picks a choice of a select field by its label, as an editor would, once the select is open to changes. */
export async function choose(page: Page, field: string, label: string) {
  await page.waitForFunction((id) => {
    const control = document.querySelector(`#field-${id} .rs__control`)
    return Boolean(control && !control.classList.contains('rs__control--is-disabled'))
  }, field)
  const option = page.locator('.rs__option', { hasText: label })
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await page.click(`#field-${field}`)
    if (await option.first().isVisible()) break
    await option
      .first()
      .waitFor({ timeout: 2_000 })
      .catch(() => undefined)
    if (await option.first().isVisible()) break
  }
  await option.first().click()
}
