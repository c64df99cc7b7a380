// Types for the Node tests that import model.js; the browser ignores this file.
// The shapes are the slices of the API's items these functions read.

export interface ViewState { statement?: string, q?: string, topic?: string, modality?: string, actor?: string }
export interface Span { start: number, end: number }
export interface Mention extends Span { actor_id: string, text: string }
export interface Paragraph extends Span { id?: string, text: string, topics: Array<{ slug: string, label: string }>, mentions: Mention[] }
export interface CommitmentItem extends Span {
  id: string
  modality: string
  /** The committing clause inside the sentence; highlighted instead of the sentence when present. */
  clause?: Span & { text?: string }
  holder: { id: string, name: string } | null
  targets: Array<{ id: string, name: string }>
  topics: Array<{ slug: string, label: string }>
}
export type TextNode = { type: 'text', text: string } | { type: 'mention', actorId: string, text: string }
export type ParagraphNode = TextNode | { type: 'commitment', commitments: CommitmentItem[], children: TextNode[] }

export const MODALITIES: string[]
export function parseHash (hash: string | undefined): ViewState
export function formatHash (state: ViewState): string
export function filterCommitments<T extends CommitmentItem> (commitments: T[], filters: Pick<ViewState, 'topic' | 'modality' | 'actor'>): T[]
export function commitmentFacets (commitments: CommitmentItem[]): { topics: Array<{ id: string, label: string }>, actors: Array<{ id: string, label: string }> }
export function topicCounts (paragraphs: Paragraph[]): Array<{ slug: string, label: string, paragraphs: number }>
export function segmentParagraph (paragraph: Paragraph, commitments?: CommitmentItem[]): ParagraphNode[]
