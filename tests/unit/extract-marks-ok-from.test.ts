/**
 * The marks the background sends the page: every flagged name with its reason and the date it is OK
 * from (the tooltip shows it); a name that is OK already is not sent, so it is not marked as a warning.
 */
import { describe, expect, it } from 'vitest';
describe('the marks the background sends', () => {
  const reading = {
    url: 'https://www.boots.com/meadow-lab-retinol-night-cream-50ml-10399001',
    isProduct: true,
    title: 'Retinol Night Cream',
    brand: null,
    gtin: null,
    sku: null,
    variant: null,
    components: [{ name: null, text: 'Aqua, Glycerin, Retinol, Parfum, Linalool, Phenoxyethanol' }],
    source: 'site:boots',
    confidence: 1,
    doubts: [],
  };

  it('say from when each name is OK, and leave out a name that is OK already', async () => {
    const { analyzeReading, marksFor } = await import('../../src/background/handlers.ts');
    const state = await analyzeReading(reading);
    const treatmentAt = '2026-11-20T10:00:00.000Z';
    const fourDaysOn = Date.parse('2026-11-24T10:00:00.000Z');
    const marks = marksFor(state, treatmentAt, fourDaysOn, 'en-GB').marks;
    // Retinol: 7 days after a professional treatment; fragrance (3 days) is OK again by then.
    expect(marks.map((m) => [m.text, m.okFrom])).toEqual([['Retinol', '2026-11-27T10:00:00.000Z']]);
    // The tooltip's line, in the person's language: "OK from Fri 27 Nov, …".
    expect(marks[0]?.when).toMatch(/^OK from .*27\sNov/);
    expect(marksFor(state, null).marks.map((m) => [m.text, m.okFrom, m.when])).toEqual([
      ['Retinol', null, ''],
      ['Parfum', null, ''],
      ['Linalool', null, ''],
    ]);
  });
});
