import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type Locator, type Page } from 'playwright-core'
import { PROJECT_ROOT } from '../../src/paths.js'

// Debian's Chromium, driven by playwright-core (no downloaded browser). CI
// installs it (.ci/run); on a laptop without it the browser tests are skipped
// with the reason, but in CI a missing browser is a failure, not a skip.
export const CHROMIUM_PATH = '/usr/bin/chromium'
export const ARTIFACTS_DIR = join(PROJECT_ROOT, 'test', 'artifacts')

const MISSING = `${CHROMIUM_PATH} is missing; install Debian's chromium (apt-get install -y chromium) to run the browser tests`

/** null when the tests can run; otherwise what to do: fail (CI) or skip, and why. */
export function chromiumUnavailable (): { fail: boolean, reason: string } | null {
  if (existsSync(CHROMIUM_PATH)) return null
  return { fail: process.env.CI === 'true', reason: MISSING }
}

export function launchChromium (): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    timeout: 60_000
  })
}

/** Saves a whole page, or just one element of it, under test/artifacts/. */
export async function screenshot (target: Page | Locator, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true })
  const path = join(ARTIFACTS_DIR, name)
  if ('goto' in target) await target.screenshot({ path, fullPage: true })
  else await target.screenshot({ path })
  return path
}

/**
 * Collects what the page reports as broken: uncaught errors, console errors
 * (CSP violations are reported there), failed requests and error statuses.
 */
export function watchProblems (page: Page): string[] {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console error: ${message.text()}`) })
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`))
  page.on('response', (response) => { if (response.status() >= 400) problems.push(`${response.status()} from ${response.url()}`) })
  return problems
}
