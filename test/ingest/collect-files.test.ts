import { symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'tap'
import { collectFiles } from '../../src/ingest/collect-files.js'

test('a folder is walked recursively for .txt files, in code-point order', async (t) => {
  const dir = t.testdir({ 'b.txt': 'b', 'a.txt': 'a', 'notes.md': 'm', sub: { 'c.TXT': 'c', deeper: { 'B.txt': 'x' } } })
  t.same(collectFiles([dir]), [
    { file: join(dir, 'a.txt') },
    { file: join(dir, 'b.txt') },
    { file: join(dir, 'sub/c.TXT') },
    { file: join(dir, 'sub/deeper/B.txt') }
  ])
})

test('a file named on the command line is taken whatever its extension', async (t) => {
  const dir = t.testdir({ 'notes.md': 'm' })
  t.same(collectFiles([join(dir, 'notes.md')]), [{ file: join(dir, 'notes.md') }])
})

test('a file reached twice is taken once, where it was first reached', async (t) => {
  const dir = t.testdir({ 'a.txt': 'a', 'b.txt': 'b' })
  t.same(collectFiles([join(dir, 'b.txt'), dir, `${dir}/./a.txt`]), [
    { file: join(dir, 'b.txt') },
    { file: join(dir, 'a.txt') }
  ])
})

test('a missing path becomes a failed entry and the other paths are still collected', async (t) => {
  const dir = t.testdir({ 'a.txt': 'a' })
  t.same(collectFiles([join(dir, 'nope'), dir]), [
    { file: join(dir, 'nope'), error: 'no such file or directory' },
    { file: join(dir, 'a.txt') }
  ])
})

test('a folder without .txt files is reported', async (t) => {
  const dir = t.testdir({ empty: {}, other: { 'x.pdf': 'x' } })
  t.same(collectFiles([join(dir, 'empty'), join(dir, 'other')]), [
    { file: join(dir, 'empty'), error: 'the folder has no .txt files' },
    { file: join(dir, 'other'), error: 'the folder has no .txt files' }
  ])
})

test('hidden files and folders are skipped when walking', async (t) => {
  const dir = t.testdir({ '.git': { 'x.txt': 'x' }, '.draft.txt': 'd', 'a.txt': 'a' })
  t.same(collectFiles([dir]), [{ file: join(dir, 'a.txt') }])
})

test('a symbolic link back to a parent folder does not loop', async (t) => {
  const dir = t.testdir({ 'a.txt': 'a', sub: { 'b.txt': 'b' } })
  symlinkSync(dir, join(dir, 'sub', 'loop'))
  t.same(collectFiles([dir]).map((entry) => entry.file), [join(dir, 'a.txt'), join(dir, 'sub/b.txt')])
})
