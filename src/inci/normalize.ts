/**
 * The matching key of an ingredient name: lower case, accents folded, dashes and
 * spaces unified. Idempotent: normalizeName(normalizeName(x)) === normalizeName(x).
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .replace(/[.;:,]+$/, '')
    .trim();
}
