/** One line of the source text, trimmed, with offsets of the trimmed text. */
export interface Line {
  /** 0-based line number. */
  index: number
  text: string
  start: number
  end: number
}

/** Splits normalised text into lines whose `text === source.slice(start, end)`. */
export function splitLines (source: string): Line[] {
  const lines: Line[] = []
  let lineStart = 0
  for (const raw of source.split('\n')) {
    const lead = raw.length - raw.trimStart().length
    const text = raw.trim()
    const start = lineStart + lead
    lines.push({ index: lines.length, text, start, end: start + text.length })
    lineStart += raw.length + 1
  }
  return lines
}
