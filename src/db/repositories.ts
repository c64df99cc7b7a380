import type { Database } from 'better-sqlite3'
import { createStatementsRepository } from './statements-repository.js'

/** Every read repository, prepared once on the API's connection. */
export function createRepositories (db: Database) {
  return {
    statements: createStatementsRepository(db)
  }
}

export type Repositories = ReturnType<typeof createRepositories>
