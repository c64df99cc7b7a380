import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { test } from 'tap'
import { createDataVersionRepository } from '../../src/db/data-version-repository.js'
import { openDatabase } from '../../src/db/open-database.js'

function connections (t: { teardown: (fn: () => void) => void }) {
  const dir = mkdtempSync(join(tmpdir(), 'data-version-'))
  const writer = openDatabase(join(dir, 'db.sqlite'))
  const reader = openDatabase(join(dir, 'db.sqlite'), { readonly: true })
  t.teardown(() => { reader.close(); writer.close(); rmSync(dir, { recursive: true, force: true }) })
  const bump = (): void => { writer.prepare('UPDATE data_version SET version = version + 1').run() }
  return { reader, bump }
}

test('a commit by another connection is seen from the next turn of the event loop', async (t) => {
  const { reader, bump } = connections(t)
  const versions = createDataVersionRepository(reader)
  const before = versions.current()
  bump()
  t.equal(versions.current(), before, 'the same turn keeps the version it already read')
  await nextTurn()
  t.equal(versions.current(), before + 1)
})

test('changed() makes the very next call read the version again', async (t) => {
  const { reader, bump } = connections(t)
  const versions = createDataVersionRepository(reader)
  const before = versions.current()
  bump()
  versions.changed()
  t.equal(versions.current(), before + 1)
})
