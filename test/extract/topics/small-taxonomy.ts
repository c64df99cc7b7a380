import { buildTaxonomy, type Taxonomy } from '../../../src/extract/topics/taxonomy.js'

// A tiny taxonomy so that matcher tests do not move when data/topics.yaml is edited.
export function smallTaxonomy (): Taxonomy {
  return buildTaxonomy({
    topics: [
      { slug: 'security', label: 'Security', terms: ['security policy'] },
      { slug: 'sanctions', label: 'Sanctions', area: 'security', terms: ['sanction', 'restrictive measures'] },
      { slug: 'cyber', label: 'Cyber', area: 'security', terms: ['cyber attack', 'cyber threat'] },
      { slug: 'hybrid', label: 'Hybrid threats', area: 'security', terms: ['hybrid threat'] },
      { slug: 'mobility', label: 'Military mobility', area: 'security', terms: ['military mobility'] },
      { slug: 'edt', label: 'Emerging tech', area: 'security', terms: ['disruptive technology'] },
      { slug: 'war', label: 'War', area: 'security', terms: ['invasion of Ukraine'] },
      {
        slug: 'partnership',
        label: 'Partnership',
        area: 'security',
        terms: ['EU-NATO'],
        weak_terms: ['cooperation', 'support'],
        all_of: [['NATO'], ['European Union', 'EU']]
      },
      { slug: 'energy', label: 'Energy', terms: ['energy'] },
      { slug: 'transport', label: 'Transport', terms: ['TEN-T'] },
      { slug: 'energy-security', label: 'Energy security', area: 'energy', terms: ['energy security'] },
      { slug: 'democracy', label: 'Democracy', terms: ["citizens' initiative"] }
    ]
  }, 'small taxonomy')
}
