import type { Database } from 'better-sqlite3'
import { createActorsRepository } from './actors-repository.js'
import { createCommitmentsRepository } from './commitments-repository.js'
import { createParagraphsRepository } from './paragraphs-repository.js'
import { createSearchRepository } from './search-repository.js'
import { createStatementsRepository } from './statements-repository.js'
import { createStatsRepository } from './stats-repository.js'
import { createTopicsRepository } from './topics-repository.js'

/** Every read repository, prepared once on the API's connection. */
export function createRepositories (db: Database) {
  return {
    statements: createStatementsRepository(db),
    paragraphs: createParagraphsRepository(db),
    commitments: createCommitmentsRepository(db),
    actors: createActorsRepository(db),
    topics: createTopicsRepository(db),
    search: createSearchRepository(db),
    stats: createStatsRepository(db)
  }
}

export type Repositories = ReturnType<typeof createRepositories>
