import type { Database } from 'better-sqlite3'
import type { Actor, ActorListQuery, CoOccurrence, Mention } from '../schemas/actors.js'
import { decodeCursor, toPage } from './cursor.js'

type ActorRow = Omit<Actor, 'aliases'> & { aliases: string }

const ACTOR_COLUMNS = 'a.id, a.name, a.type, a.aliases, a.role, a.country_code'

// Counts over the whole corpus and counts within one statement are separate
// statements: an `@statement IS NULL OR m.statement_id = @statement` test
// made the mention count read every mention row instead of counting the
// covering index (at 10,000 statements, 330,000 rows for 44 actors).
const COUNTS = `(SELECT count(*) FROM mentions m WHERE m.actor_id = a.id) AS mention_count,
  (SELECT count(DISTINCT sa.statement_id) FROM statement_actors sa WHERE sa.actor_id = a.id) AS statement_count`
const COUNTS_IN_STATEMENT = `(SELECT count(*) FROM mentions m WHERE m.statement_id = @statement AND m.actor_id = a.id) AS mention_count,
  (SELECT count(DISTINCT sa.statement_id) FROM statement_actors sa WHERE sa.statement_id = @statement AND sa.actor_id = a.id) AS statement_count`

const LIST_FILTER = `a.id > @after
  AND (@type IS NULL OR a.type = @type)
  AND (@like IS NULL OR a.name LIKE @like ESCAPE '\\' OR a.aliases LIKE @like ESCAPE '\\' OR a.id LIKE @like ESCAPE '\\')`

/** LIKE pattern for "contains", with the user's % and _ taken literally. */
function containsPattern (text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
}

const toActor = (row: ActorRow): Actor => ({ ...row, aliases: JSON.parse(row.aliases) as string[] })

export function createActorsRepository (db: Database) {
  const sql = {
    list: db.prepare<Record<string, unknown>, ActorRow>(`SELECT ${ACTOR_COLUMNS}, ${COUNTS} FROM actors a
      WHERE ${LIST_FILTER} ORDER BY a.id LIMIT @limit`),
    listInStatement: db.prepare<Record<string, unknown>, ActorRow>(`SELECT ${ACTOR_COLUMNS}, ${COUNTS_IN_STATEMENT} FROM actors a
      WHERE ${LIST_FILTER}
        AND EXISTS (SELECT 1 FROM statement_actors sa WHERE sa.statement_id = @statement AND sa.actor_id = a.id)
      ORDER BY a.id LIMIT @limit`),
    byId: db.prepare<Record<string, unknown>, ActorRow>(`SELECT ${ACTOR_COLUMNS}, ${COUNTS} FROM actors a WHERE a.id = @id`),
    mentions: db.prepare<Record<string, unknown>, Mention>(`SELECT id, statement_id, paragraph_id, sentence_id, start, "end", text
      FROM mentions WHERE actor_id = @actor AND id > @after ORDER BY id LIMIT @limit`),
    coOccurrences: db.prepare<Record<string, unknown>, CoOccurrence>(`SELECT a.id, a.name, a.type, count(DISTINCT other.paragraph_id) AS paragraphs
      FROM mentions own JOIN mentions other ON other.paragraph_id = own.paragraph_id AND other.actor_id <> own.actor_id
      JOIN actors a ON a.id = other.actor_id
      WHERE own.actor_id = @actor GROUP BY a.id ORDER BY paragraphs DESC, a.id LIMIT @limit`)
  }

  return {
    list (query: ActorListQuery): { items: Actor[], nextCursor: string | null } {
      const [after] = query.cursor !== undefined ? decodeCursor(query.cursor, ['string']) : ['']
      const params = { after, type: query.type ?? null, like: query.q === undefined ? null : containsPattern(query.q), limit: query.limit + 1 }
      const rows = query.statement === undefined ? sql.list.all(params) : sql.listInStatement.all({ ...params, statement: query.statement })
      return toPage(rows, query.limit, (row) => [row.id], toActor)
    },

    findById (id: string): Actor | undefined {
      const row = sql.byId.get({ id })
      return row === undefined ? undefined : toActor(row)
    },

    listMentions (actor: string, query: { limit: number, cursor?: string | undefined }): { items: Mention[], nextCursor: string | null } {
      const [after] = query.cursor !== undefined ? decodeCursor(query.cursor, ['integer']) : [0]
      const rows = sql.mentions.all({ actor, after, limit: query.limit + 1 })
      return toPage(rows, query.limit, (row) => [row.id], (row) => row)
    },

    listCoOccurrences (actor: string, limit: number): CoOccurrence[] {
      return sql.coOccurrences.all({ actor, limit })
    }
  }
}

export type ActorsRepository = ReturnType<typeof createActorsRepository>
