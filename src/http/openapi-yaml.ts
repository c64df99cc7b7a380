import { stringify } from 'yaml'

/** The document as committed in openapi.yaml: stable key order, no line folding. */
export function openapiYaml (document: unknown): string {
  return stringify(document, { lineWidth: 0 })
}
