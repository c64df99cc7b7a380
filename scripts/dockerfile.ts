// A Dockerfile reader just large enough for our own Dockerfile: the structure
// test and the no-Docker recipe both read the real file, so neither can drift
// from what the image does. Not a general parser (no heredocs, no ARG expansion).

export interface Instruction {
  keyword: string
  /** The arguments with --flags removed, as written (JSON form kept as-is). */
  args: string
  flags: Record<string, string>
  line: number
}

export interface Stage {
  name: string | null
  base: string
  instructions: Instruction[]
}

/** Joins continuation lines, drops comments, splits into stages at each FROM. */
export function parseDockerfile (text: string): Stage[] {
  const stages: Stage[] = []
  const lines = text.split('\n')
  let pending = ''
  let startLine = 0
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index] ?? ''
    if (pending === '' && /^\s*(#|$)/.test(raw)) continue
    if (/^\s*#/.test(raw)) continue // comments inside a continued instruction
    if (pending === '') startLine = index + 1
    const trimmed = raw.trimEnd()
    if (trimmed.endsWith('\\')) {
      pending += `${trimmed.slice(0, -1).trim()} `
      continue
    }
    const full = (pending + trimmed.trim()).trim()
    pending = ''
    const match = /^(\w+)\s+(.*)$/s.exec(full)
    if (match === null) throw new Error(`line ${startLine}: cannot read "${full}"`)
    const keyword = (match[1] ?? '').toUpperCase()
    let rest = match[2] ?? ''
    const flags: Record<string, string> = {}
    for (let flag = /^--([\w-]+)=(\S+)\s+/.exec(rest); flag !== null; flag = /^--([\w-]+)=(\S+)\s+/.exec(rest)) {
      flags[flag[1] ?? ''] = flag[2] ?? ''
      rest = rest.slice(flag[0].length)
    }
    if (keyword === 'FROM') {
      const from = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(rest)
      if (from === null) throw new Error(`line ${startLine}: cannot read FROM ${rest}`)
      stages.push({ base: from[1] ?? '', name: from[2] ?? null, instructions: [] })
      continue
    }
    const stage = stages.at(-1)
    if (stage === undefined) throw new Error(`line ${startLine}: ${keyword} before any FROM`)
    stage.instructions.push({ keyword, args: rest, flags, line: startLine })
  }
  return stages
}

/** COPY sources and destination, in shell or JSON form. */
export function copyPaths (instruction: Instruction): { sources: string[], destination: string } {
  const parts = instruction.args.startsWith('[') ? JSON.parse(instruction.args) as string[] : instruction.args.split(/\s+/)
  const destination = parts.at(-1)
  if (destination === undefined || parts.length < 2) throw new Error(`line ${instruction.line}: COPY needs a source and a destination`)
  return { sources: parts.slice(0, -1), destination }
}

/** ENV in `KEY=value KEY2=value2` form (the legacy `ENV KEY value` form is not used here). */
export function envPairs (instruction: Instruction): Record<string, string> {
  const pairs: Record<string, string> = {}
  for (const match of instruction.args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S+)/g)) {
    pairs[match[1] ?? ''] = (match[2] ?? '').replace(/^"(.*)"$/, '$1')
  }
  return pairs
}

/** An exec-form (JSON array) command, or a shell-form string wrapped for sh -c. */
export function commandOf (args: string): string[] {
  return args.trim().startsWith('[') ? JSON.parse(args) as string[] : ['sh', '-c', args]
}
