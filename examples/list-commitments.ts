// Lists the commitments of every statement on a running server, one per line:
//
//   BASE_URL=http://127.0.0.1:3000 npx tsx examples/list-commitments.ts
//
// It uses only the typed client in ./client, as another app would.

import { createApiClient, statementCommitments } from './client/client.js'

const baseUrl = process.env.BASE_URL ?? 'http://127.0.0.1:3000'
const client = createApiClient(baseUrl)

async function main (): Promise<void> {
  const { data: statements, error } = await client.GET('/v1/statements', { params: { query: { limit: 200 } } })
  if (error !== undefined) throw new Error(`cannot list statements: ${error.detail}`)
  let total = 0
  for (const statement of statements.data) {
    process.stdout.write(`${statement.id}  ${statement.date ?? 'undated'}  ${statement.title ?? ''}\n`)
    for await (const item of statementCommitments(client, statement.id)) {
      const holder = item.holder?.name ?? '(no holder)'
      const negation = item.polarity === 'negative' ? 'not ' : ''
      const when = item.timeframe === null ? '' : `  [${item.timeframe.text}]`
      process.stdout.write(`  ${item.id}  ${item.modality}  ${holder}: ${negation}${item.action} ${item.object}${when}\n`)
      total++
    }
  }
  process.stdout.write(`${total} commitments in ${statements.data.length} statements\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)} (is the server running at ${baseUrl}?)\n`)
  process.exit(1)
})
