import type { Database } from 'better-sqlite3'

/** A connection that records the SQL of every statement prepared through it, to explain their plans. */
export function recordingPrepare (db: Database): { db: Database, sql: string[] } {
  const sql: string[] = []
  const recording = new Proxy(db, {
    get (target, property) {
      if (property === 'prepare') return (text: string) => { sql.push(text); return target.prepare(text) }
      const value: unknown = Reflect.get(target, property)
      return typeof value === 'function' ? value.bind(target) : value
    }
  })
  return { db: recording, sql }
}
