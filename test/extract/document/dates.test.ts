import { test } from 'tap'
import { parseDate, parseDateLine } from '../../../src/extract/document/dates.js'

test('an English dateline gives place and ISO date', async (t) => {
  t.same(parseDateLine('Brussels, 10 January 2023'), { place: 'Brussels', date: '2023-01-10' })
})

test('datelines in other EU languages are read', async (t) => {
  t.same(parseDateLine('Brüssel, 22. März 2016'), { place: 'Brüssel', date: '2016-03-22' })
  t.same(parseDateLine('Bruxelles, 1er mars 2024'), { place: 'Bruxelles', date: '2024-03-01' })
  t.same(parseDateLine('Bruselas, 10 de enero de 2023'), { place: 'Bruselas', date: '2023-01-10' })
  t.same(parseDateLine('Bruxelas, 5 de maio de 2021'), { place: 'Bruxelas', date: '2021-05-05' })
  t.same(parseDateLine('Bruxelles, 3 giugno 2020'), { place: 'Bruxelles', date: '2020-06-03' })
  t.same(parseDateLine('Brussel, 7 oktober 2019'), { place: 'Brussel', date: '2019-10-07' })
  t.same(parseDateLine('Bruxelles, le 6 décembre 2024'), { place: 'Bruxelles', date: '2024-12-06' }, 'an article before the date')
  t.same(parseDateLine('Brüssel, den 22. März 2016'), { place: 'Brüssel', date: '2016-03-22' })
  t.same(parseDateLine('Bruxelles, il 3 giugno 2020'), { place: 'Bruxelles', date: '2020-06-03' })
  t.same(parseDateLine('Bruselas, el 10 de enero de 2023'), { place: 'Bruselas', date: '2023-01-10' })
  t.equal(parseDate('le mars'), null, 'an article alone is no date')
})

test('a month-first date and a place with a comma are read', async (t) => {
  t.same(parseDateLine('Washington, D.C., March 10, 2023'), { place: 'Washington, D.C.', date: '2023-03-10' })
})

test('a bare date is a dateline without a place', async (t) => {
  t.same(parseDateLine('10 January 2023'), { place: null, date: '2023-01-10' })
})

test('a sentence with a date in it is no dateline', async (t) => {
  t.equal(parseDateLine('We met in Brussels, 10 January 2023 was a good day for all of us.'), null)
  t.equal(parseDateLine('Since then, our unity grew'), null)
})

test('numeric day/month/year dates are day first', async (t) => {
  t.equal(parseDate('08 / 07 / 2016'), '2016-07-08')
})

test('impossible dates are rejected', async (t) => {
  t.equal(parseDate('31 February 2023'), null)
  t.equal(parseDate('10 Brumaire 2023'), null)
})

test('a weekday before a date and a period after it are read past', async (t) => {
  t.equal(parseDate('Wednesday 29 June 2016.'), '2016-06-29')
  t.equal(parseDate('Tue, 31/01/2017'), '2017-01-31')
  t.equal(parseDate('Mittwoch, 22. März 2016'), '2016-03-22')
  t.same(parseDateLine('Brussels, Thursday 10 January 2019'), { place: 'Brussels', date: '2019-01-10' })
  t.equal(parseDate('Monday'), null)
  t.equal(parseDate('Sunday 31 June 2016'), null, 'a day the month does not have')
})
