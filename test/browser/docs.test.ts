import t from 'tap'
import { startServer } from '../helpers/server-process.js'
import { chromiumUnavailable, launchChromium, screenshot, watchProblems } from './chromium.js'

const unavailable = chromiumUnavailable()

if (unavailable?.fail === true) {
  t.test('Chromium is installed for the browser tests', async (t) => { t.fail(unavailable.reason) })
} else if (unavailable !== null) {
  t.test('Swagger UI runs an operation in a real browser', { skip: unavailable.reason }, async () => {})
} else {
  t.test('Swagger UI runs GET /v1/commitments with "Try it out" and shows a 200 with data', async (t) => {
    const server = await startServer()
    t.teardown(server.stop)
    const browser = await launchChromium()
    t.teardown(() => browser.close())
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const problems = watchProblems(page)

    await page.goto(`${server.baseUrl}/docs`)
    const operation = page.locator('.opblock').filter({ has: page.locator('.opblock-summary-path', { hasText: /^\/v1\/commitments$/ }) })
      .filter({ has: page.locator('.opblock-summary-method', { hasText: 'GET' }) })
    await operation.locator('.opblock-summary').first().click()
    await operation.getByRole('button', { name: 'Try it out' }).click()
    await operation.getByRole('button', { name: 'Execute' }).click()

    const response = operation.locator('.live-responses-table .response').first()
    await response.waitFor({ timeout: 15_000 })
    t.equal((await response.locator('.response-col_status').innerText()).trim(), '200')
    const body = await response.locator('.response-col_description pre').first().innerText()
    const parsed = JSON.parse(body) as { data: Array<{ id: string, statement_id: string }> }
    t.ok(parsed.data.length > 0, 'the response lists commitments')
    t.equal(parsed.data[0]?.statement_id, 'statement-23-121')
    // The operation, not the whole page: Swagger UI's page with every schema is thousands of pixels tall.
    await screenshot(operation, 'docs.png')
    t.same(problems, [], 'no script errors, CSP violations or failed requests')
  })
}
