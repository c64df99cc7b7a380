import { stringify } from 'csv-stringify/sync'
import { z } from 'zod'

// Lists are flattened for spreadsheets: nested objects become prefixed
// columns (timeframe_text), references become their id (holder -> holder),
// arrays become '; '-joined values. Columns come from the item schema, so an
// empty list still has its header line and column order never depends on data.

type Column = string[]

function unwrap (schema: z.ZodType): z.ZodType {
  let current = schema
  while (current instanceof z.ZodNullable || current instanceof z.ZodOptional || current instanceof z.ZodDefault) {
    current = current.unwrap() as z.ZodType
  }
  return current
}

const isReference = (shape: Record<string, unknown>): boolean => 'id' in shape || 'slug' in shape

export function columnsOf (schema: z.ZodType, prefix: Column = []): Column[] {
  const inner = unwrap(schema)
  if (!(inner instanceof z.ZodObject)) return [prefix]
  const shape = inner.shape as Record<string, z.ZodType>
  if (prefix.length > 0 && isReference(shape)) return [prefix]
  return Object.entries(shape).flatMap(([key, child]) => columnsOf(child, [...prefix, key]))
}

function cell (value: unknown): string | number | boolean {
  if (value === null || value === undefined) return ''
  if (Array.isArray(value)) return value.map((entry) => String(cell(entry))).join('; ')
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    return String(record.id ?? record.slug ?? record.name ?? JSON.stringify(value))
  }
  return value as string | number | boolean
}

function pick (item: unknown, path: Column): unknown {
  let value: unknown = item
  for (const key of path) {
    if (value === null || typeof value !== 'object') return null
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

export function toCsv (items: readonly unknown[], itemSchema: z.ZodType): string {
  const columns = columnsOf(itemSchema)
  const header = columns.map((path) => path.join('_'))
  // A text that starts like a formula (=, +, -, @, a tab) gets a leading quote, so a spreadsheet shows it
  // and never runs it (CSV injection); numbers, negative ones too, stay numbers.
  return stringify([header, ...items.map((item) => columns.map((path) => cell(pick(item, path))))], { escape_formulas: true })
}
