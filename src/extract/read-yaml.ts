import { readFileSync } from 'node:fs'
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml'

/**
 * Reads a rules file as YAML 1.2 core (as `yaml` did: dates stay strings, no
 * merge keys). js-yaml rather than the `yaml` package: the three rules files
 * (83 kB) took about 200 ms to parse in a fresh process, most of the
 * extractor's start-up, and about 35 ms with js-yaml, to equal values
 * (scripts in the commit that made the change). Ingestion builds an
 * extractor in each of its two threads, and a one-file ingestion is mostly
 * start-up. A syntax error becomes one line with its line and column,
 * without js-yaml's excerpt of the file.
 */
export function readYamlFile (path: string): unknown {
  const text = readFileSync(path, 'utf8')
  try {
    return load(text, { filename: path, schema: CORE_SCHEMA })
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error
    throw new Error(`${error.reason} at line ${error.mark.line + 1}, column ${error.mark.column + 1}`, { cause: error })
  }
}
