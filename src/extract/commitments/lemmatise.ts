// A few suffix rules are enough here: the words to lemmatise are the verbs
// right after a modal, which are bare infinitives except after "be"
// (progressive -ing, passive -ed) and after "look forward to" (gerund).
// Irregular and ambiguous forms come from the exceptions list of the data file.

// Stems that lost a final "e" before -ing/-ed: "creat(ing)", "mak(ing)",
// "provid(ing)", "prepar(ing)", "giv(ing)", "produc(ing)", "tackl(ing)"...
const RESTORE_E = /(?:[^aeiou][aeiou][bdkmpz]|[^aeiou][aiou]r|[^aeiou](?:at|ot|ut|in)|iat|[aeiouy][sz]|[^aeiou][aeiou]?l|[aeiou]g|[rd]g|[ae]ng|[uvc])$/
// "stopp(ing)", "plann(ing)", "committ(ing)": undouble, but keep the doubles
// that belong to the stem ("call", "press", "buzz", "staff").
const DOUBLED = /([b-df-hj-np-tv-z])\1$/
const KEEP_DOUBLE = /(?:ll|ss|zz|ff)$/
const VOWEL = /[aeiouy]/

function fromStem (stem: string): string {
  if (KEEP_DOUBLE.test(stem)) return stem
  if (DOUBLED.test(stem)) return stem.slice(0, -1)
  if (RESTORE_E.test(stem)) return `${stem}e`
  return stem
}

/** Lemma of an English verb form, lower case: "coming" -> "come", "stepped" -> "step". */
export function lemmatise (word: string, exceptions: ReadonlyMap<string, string>): string {
  const form = word.toLowerCase()
  const known = exceptions.get(form)
  if (known !== undefined) return known
  // "bring", "spring", "string": a stem without a vowel is no stem; the word is the infinitive.
  if (form.length > 4 && form.endsWith('ing') && VOWEL.test(form.slice(0, -3))) return fromStem(form.slice(0, -3))
  if (form.length > 4 && form.endsWith('ied')) return `${form.slice(0, -3)}y`
  // "need", "succeed", "proceed" and "shed" are infinitives that end in -ed.
  if (form.length > 4 && form.endsWith('ed') && !form.endsWith('eed')) return fromStem(form.slice(0, -2))
  return form
}

/** Whether the word looks like a gerund or present participle. */
export function isIngForm (word: string): boolean {
  return word.length > 4 && /ing$/i.test(word)
}
