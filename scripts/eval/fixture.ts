import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { readYamlFile } from '../../src/extract/read-yaml.js'
import { ACTOR_TYPES, MODALITIES, POLARITIES } from '../../src/extract/types.js'

// One annotation file per document, written from ../shared/annotation-guide.md.
// `clause` is the committing clause as written (or a distinctive part of it);
// `actors`, `nonActors` and `topics` may be left out when a document was only
// annotated for commitments.

const ExpectedCommitmentSchema = z.object({
  paragraph: z.number().int().positive(),
  clause: z.string().min(3),
  modality: z.enum(MODALITIES),
  polarity: z.enum(POLARITIES).default('positive'),
  targets: z.array(z.string()).default([]),
  timeframe: z.object({ text: z.string(), date: z.string().nullable() }).nullable().default(null)
})

const ExpectedActorSchema = z.object({
  id: z.string(),
  /** Other ids that count as the same actor ("the Lukashenko regime" -> Lukashenko or Belarus). */
  alternatives: z.array(z.string()).default([]),
  type: z.enum(ACTOR_TYPES),
  countryCode: z.string().length(2).nullable().default(null)
})

export const FixtureSchema = z.object({
  /** The document text, relative to the fixture file. */
  document: z.string(),
  commitments: z.array(ExpectedCommitmentSchema),
  actors: z.array(ExpectedActorSchema).optional(),
  /** Surface forms that must not become actors (infrastructure, boilerplate, press contacts). */
  nonActors: z.array(z.string()).default([]),
  /** Fine topic slugs by paragraph position. */
  topics: z.record(z.string().regex(/^\d+$/), z.array(z.string())).optional()
})

export type Fixture = z.infer<typeof FixtureSchema>
export type ExpectedCommitment = z.infer<typeof ExpectedCommitmentSchema>
export type ExpectedActor = z.infer<typeof ExpectedActorSchema>

export interface LoadedFixture {
  name: string
  fixture: Fixture
  raw: string
}

/** Every *.yaml fixture of a folder with its document text, in name order. */
export function loadFixtures (dir: string): LoadedFixture[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const result = FixtureSchema.safeParse(readYamlFile(join(dir, file)))
      if (!result.success) throw new Error(`${file}: ${z.prettifyError(result.error)}`)
      return { name: file.replace(/\.yaml$/, ''), fixture: result.data, raw: readFileSync(join(dir, result.data.document), 'utf8') }
    })
}
