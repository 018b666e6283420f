/**
 * The matching key of an ingredient name: lower case, accents folded, dashes and
 * spaces unified, end punctuation dropped. Idempotent: normalizeName(normalizeName(x)) === normalizeName(x).
 */
export function normalizeName(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      // NFKD turns some lower-case compatibility letters into capitals (ℌ → H).
      .toLowerCase()
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/\s+/g, ' ')
      .replace(/ ?- ?/g, '-')
      .replace(/^[\s.;:,]+|[\s.;:,]+$/g, '')
  );
}
