import { dump } from 'js-yaml'

/** The document as committed in openapi.yaml: stable key order, no line folding, no anchors. */
export function openapiYaml (document: unknown): string {
  return dump(document, { lineWidth: -1, noRefs: true, quotingType: '"' })
}
