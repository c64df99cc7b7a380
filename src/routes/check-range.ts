import { InvalidRangeError } from '../errors.js'

/** A date range that ends before it starts is a client mistake, not an empty result. */
export function checkRange (query: { from?: string | undefined, to?: string | undefined }): void {
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
    throw new InvalidRangeError(query.from, query.to)
  }
}
