import { z } from 'zod'

export const HealthSchema = z.object({ status: z.literal('ok') })
  .meta({ id: 'Health', examples: [{ status: 'ok' }] })

export const ReadySchema = z.object({
  status: z.literal('ready'),
  data_version: z.number().int().describe('Bumped by every ingestion that changes the data.')
}).meta({ id: 'Ready', examples: [{ status: 'ready', data_version: 42 }] })
