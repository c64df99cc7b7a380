import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser } from 'playwright-core'
import t from 'tap'
import { startServer, type ServerProcess } from '../helpers/server-process.js'
import { chromiumUnavailable, launchChromium, screenshot, watchProblems } from './chromium.js'

const SEED = 'statement-23-121'
const unavailable = chromiumUnavailable()

if (unavailable?.fail === true) {
  t.test('Chromium is installed for the browser tests', async (t) => { t.fail(unavailable.reason) })
} else if (unavailable !== null) {
  t.test('the explorer and the embeds render in a real browser', { skip: unavailable.reason }, async () => {})
} else {
  let server: ServerProcess
  let browser: Browser
  // Two dashboards on other origins (another port is another origin): the
  // server is started with FRAME_ANCESTORS naming the first one only.
  const dashboards: Server[] = []
  const dashboardUrl = (index: number) => `http://127.0.0.1:${(dashboards[index]?.address() as AddressInfo).port}`

  async function startDashboard (): Promise<Server> {
    const dashboard = createServer((request, response) => {
      const embed = new URL(request.url ?? '/', 'http://x').searchParams.get('embed') ?? ''
      response.setHeader('content-type', 'text/html; charset=utf-8')
      response.end(`<!doctype html><title>Dashboard</title><h1>Dashboard</h1><iframe src="${server.baseUrl}${embed}" title="widget" width="640" height="480"></iframe>`)
    })
    await new Promise<void>((resolve) => dashboard.listen(0, '127.0.0.1', resolve))
    return dashboard
  }

  t.test('start the dashboards, the server and the browser', async (t) => {
    dashboards.push(await startDashboard(), await startDashboard())
    server = await startServer({ FRAME_ANCESTORS: dashboardUrl(0) })
    browser = await launchChromium()
    t.ok(server.baseUrl)
  })
  t.teardown(async () => {
    await browser?.close()
    await server?.stop()
    for (const dashboard of dashboards) dashboard.close()
  })

  t.test('the explorer shows the seed statement with highlighted actors and commitments, a topic chart and actors', async (t) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const problems = watchProblems(page)
    await page.goto(`${server.baseUrl}/`)
    await page.locator(`#statement-list a[data-statement="${SEED}"]`).click()

    await page.locator('#statement').waitFor({ state: 'visible' })
    t.match(page.url(), `#statement=${SEED}`, 'the picked statement is in the URL hash')
    t.ok(await page.locator('#paragraphs p.paragraph').count() > 3, 'paragraphs')
    t.ok(await page.locator('#paragraphs .mention[data-actor]').count() > 0, 'actor mentions are highlighted')
    t.ok(await page.locator('#paragraphs mark.commitment[data-commitments]').count() > 0, 'commitment clauses are highlighted')
    t.ok(await page.locator('#topic-chart svg.topic-chart g.bar rect').count() > 0, 'the topic chart has bars')
    t.ok(await page.locator('#actor-list button[data-actor]').count() > 0, 'the actor list has actors')
    t.ok(await page.locator('#commitment-list li.commitment-item').count() > 0, 'the commitments are listed')
    // The highlighted text is the text at the stored offsets: a mention reads as the actor's surface form.
    const mention = await page.locator('#paragraphs .mention[data-actor="russia"]').first().innerText()
    t.match(mention, /Russia/)
    await screenshot(page, 'explorer.png')
    t.same(problems, [], 'no script errors, CSP violations or failed requests')
  })

  t.test('filters narrow the commitments, live in the URL and survive a reload', async (t) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const problems = watchProblems(page)
    await page.goto(`${server.baseUrl}/#statement=${SEED}`)
    await page.locator('#commitment-list li').first().waitFor()
    const total = await page.locator('#commitment-list li').count()

    const modality = await page.locator('#commitment-list .badge[class*="modality-"]').first().innerText()
    await page.getByLabel('Modality').selectOption(modality)
    const filtered = await page.locator('#commitment-list li').count()
    t.ok(filtered > 0 && filtered <= total, `${filtered} of ${total} commitments are ${modality}`)
    t.equal(await page.locator('#commitment-list .badge[class*="modality-"]').filter({ hasNotText: modality }).count(), 0, 'only that modality is listed')
    t.match(page.url(), `modality=${modality}`)

    await page.reload()
    await page.locator('#commitment-list li').first().waitFor()
    t.equal(await page.getByLabel('Modality').inputValue(), modality, 'the filter is restored from the URL')
    t.equal(await page.locator('#commitment-list li').count(), filtered)

    await page.getByRole('button', { name: 'Clear filters' }).click()
    await page.waitForFunction((count) => document.querySelectorAll('#commitment-list li').length === count, total)
    t.notMatch(page.url(), 'modality=')
    t.same(problems, [])
  })

  t.test('the explorer can be used with the keyboard alone', async (t) => {
    const page = await browser.newPage()
    await page.goto(`${server.baseUrl}/`)
    const link = page.locator(`#statement-list a[data-statement="${SEED}"]`)
    await link.waitFor()
    await link.focus()
    await page.keyboard.press('Enter')
    await page.locator('#statement').waitFor({ state: 'visible' })
    const actor = page.locator('#actor-list button[data-actor]').first()
    await actor.focus()
    await page.keyboard.press('Enter')
    t.equal(await actor.getAttribute('aria-pressed'), 'true', 'an actor button toggles the actor filter')
    t.match(page.url(), /actor=/)
  })

  for (const widget of ['topics', 'commitments'] as const) {
    t.test(`the ${widget} embed renders inside an iframe on an allowed origin`, async (t) => {
      const page = await browser.newPage({ viewport: { width: 720, height: 600 } })
      const problems = watchProblems(page)
      await page.goto(`${dashboardUrl(0)}/?embed=/embed/statements/${SEED}/${widget}`)
      const frame = page.frameLocator('iframe')
      if (widget === 'topics') {
        await frame.locator('svg.topic-chart g.bar rect').first().waitFor()
        t.ok(await frame.locator('svg.topic-chart g.bar').count() > 0, 'the chart has bars')
      } else {
        await frame.locator('li.commitment-item').first().waitFor()
        t.ok(await frame.locator('li.commitment-item').count() > 0, 'commitments are listed')
      }
      t.equal(await frame.locator('a[target="_blank"]').getAttribute('href'), `/#statement=${SEED}`, 'links open the explorer outside the frame')
      await screenshot(page, `embed-${widget}.png`)
      t.same(problems, [], 'no script errors, CSP violations or failed requests')
    })
  }

  t.test('an origin missing from FRAME_ANCESTORS cannot frame an embed', async (t) => {
    const page = await browser.newPage()
    const refused = page.waitForEvent('console', { predicate: (message) => message.text().includes('frame-ancestors'), timeout: 20_000 })
    await page.goto(`${dashboardUrl(1)}/?embed=/embed/statements/${SEED}/topics`)
    const message = (await refused).text()
    t.match(message, /blocked|Refused to frame/, 'the browser refuses to frame it')
    t.match(message, `frame-ancestors ${dashboardUrl(0)}`, 'the policy names the configured origin only')
    t.equal(await page.frameLocator('iframe').locator('svg.topic-chart').count(), 0)
  })

  t.test('an embed of an unknown statement says so', async (t) => {
    const page = await browser.newPage()
    const response = await page.goto(`${server.baseUrl}/embed/statements/statement-00-000/commitments`)
    t.equal(response?.status(), 404)
    t.equal(await page.locator('h1').innerText(), 'Statement not found')
  })
}
