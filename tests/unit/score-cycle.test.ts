import { beforeAll, describe, expect, it } from 'vitest';
import { parseInci } from '../../src/inci/parse.ts';
import { scoreLabel } from '../../src/score/score.ts';
import type { Analysis, ClinicWindows, ScoreOptions, ScoringMatcher } from '../../src/score/types.ts';
import { loadMatcher } from '../../scripts/engine.ts';

// The windows around a session (../shared/reference/treatment-cycle.md): the pause before one, from the table
// "Defaults to use (professional / at-home)"; the first hours after a professional session (verdict rubric, last
// section); and the person's clinic windows, which replace the defaults and are said to decide where they do.

let matcher: ScoringMatcher;
beforeAll(() => {
  matcher = loadMatcher();
});

const PRO: ScoreOptions = { depth: 'pro', treatmentAt: null, avoidList: [] };
const BASE = 'Aqua, Glycerin, Squalane, Panthenol, Phenoxyethanol';

function score(text: string, options: Partial<ScoreOptions> = {}): Analysis {
  return scoreLabel(parseInci(text), matcher, { ...PRO, ...options });
}

describe('the pause before a session (days, professional / at-home)', () => {
  it.each([
    ['retinoid (OTC)', 'Retinol', 5, 2],
    ['retinoid (prescription)', 'Tretinoin', 7, 3],
    ['exfoliating-acid', 'Glycolic Acid', 3, 1],
    ['exfoliating-acid', 'Salicylic Acid', 3, 1],
    ['benzoyl-peroxide', 'Benzoyl Peroxide', 3, 1],
    ['enzyme-exfoliant', 'Papain', 3, 1],
    ['hydroquinone and bleaching agents', 'Hydroquinone', 3, 1],
    ['depilatory', 'Potassium Thioglycolate', 7, 3],
    ['self-tanner', 'Dihydroxyacetone', 2, 2],
    ['vitamin-c-pure: the session itself at home', 'Ascorbic Acid', 1, 0],
    ['everything else: arrive clean', 'Parfum', 0, 0],
    ['everything else: arrive clean', 'CI 77491', 0, 0],
    ['everything else: arrive clean', 'Octocrylene', 0, 0],
    ['everything else: arrive clean', 'Niacinamide', 0, 0],
  ])('%s (%s): %i d / %i d', (_class, name, pro, home) => {
    const label = `Aqua, ${name}, Glycerin, Squalane, Panthenol, Phenoxyethanol`;
    const professional = score(label);
    expect(professional.windows.pro.pauseHours).toBe(pro * 24);
    expect(professional.windows.home.pauseHours).toBe(home * 24);
    expect(professional.components[0]?.pauseHours).toBe(pro * 24);
    expect(score(label, { depth: 'home' }).components[0]?.pauseHours).toBe(home * 24);
  });

  it('a scrub pauses for its particles (physical-exfoliant, 3 d / 1 d); the same particles in a cream do not', () => {
    const list = 'Sucrose, Aqua, Glycerin, Squalane, Panthenol';
    expect(score(list, { productName: 'Sugar Face Scrub' }).windows.pro.pauseHours).toBe(72);
    expect(score(list, { productName: 'Sugar Cream' }).windows.pro.pauseHours).toBe(0);
  });

  it('the longest pause of a product decides, and a rinse-off product pauses as long as a leave-on one', () => {
    expect(score(`${BASE}, Glycolic Acid, Retinol`).windows.pro.pauseHours).toBe(120);
    const cleanser = score(`${BASE}, Salicylic Acid`, { productName: 'Clarifying Cleanser' });
    expect(cleanser.rinseOff).toBe(true);
    expect(cleanser.okAfterHours).toBe(84);
    expect(cleanser.windows.pro.pauseHours).toBe(72);
  });

  it('a kit: each component pauses for its own list; the product for the longest', () => {
    const kit = scoreLabel(
      { components: [...parseInci('Cleanser: Aqua, Glycerin').components, ...parseInci('Serum: Aqua, Retinol').components], truncated: false },
      matcher,
      PRO,
    );
    expect(kit.components.map((c) => c.pauseHours)).toEqual([0, 120]);
    expect(kit.windows.pro.pauseHours).toBe(120);
  });
});

describe('the first hours after a professional session', () => {
  it('a product with nothing flagged waits 6 h after a professional session, 0 at home, and the first hours decide', () => {
    const gentle = score(BASE);
    expect(gentle.windows.pro).toMatchObject({ afterHours: 6, firstHours: 6, byFirstHours: true });
    expect(gentle.windows.home).toMatchObject({ afterHours: 0, firstHours: 0, byFirstHours: false });
    expect(gentle.components[0]?.okAfterHours).toBe(6);
    expect(gentle.components[0]?.ingredients.every((i) => i.okAfterHours === 0)).toBe(true);
  });

  it('a flagged window longer than the first hours decides instead', () => {
    expect(score(`${BASE}, Parfum`).windows.pro).toMatchObject({ afterHours: 72, byFirstHours: false });
  });

  it('an unknown product waits the first hours too; one on the own avoid list never becomes OK', () => {
    expect(score('Aqua, Xyzzyl Blorbate, Qwertyl Zonkate').okAfterHours).toBe(6);
    const own = score(BASE, { avoidList: ['panthenol'] });
    expect(own.okAfterHours).toBeNull();
    expect(own.windows.pro.afterHours).toBeNull();
    expect(own.windows.home.afterHours).toBeNull();
  });
});

describe("the person's clinic windows", () => {
  const clinic: ClinicWindows = {
    firstHours: 8,
    windows: { retinoid: { afterHours: 240, beforeHours: 168 }, fragrance: { beforeHours: 24 }, 'exfoliating-acid': { afterHours: 24 } },
  };

  it('replace the defaults for every kind of session, and mark the names they decide', () => {
    const serum = score(`${BASE}, Retinol, Parfum`, { clinic });
    expect(serum.windows.pro).toMatchObject({ afterHours: 240, pauseHours: 168, clinicAfter: true, clinicPause: true });
    expect(serum.windows.home).toMatchObject({ afterHours: 240, pauseHours: 168, clinicAfter: true, clinicPause: true });
    const retinol = serum.components[0]?.ingredients.find((i) => i.text === 'Retinol');
    expect(retinol).toMatchObject({ okAfterHours: 240, pauseHours: 168 });
    expect(retinol?.notes).toContain('clinic');
    const parfum = serum.components[0]?.ingredients.find((i) => i.text === 'Parfum');
    expect(parfum).toMatchObject({ okAfterHours: 72, pauseHours: 24 });
  });

  it('say they decide only where they change the product: a shorter window under a longer default is no change', () => {
    // Glycolic acid's own 24 h does not change a product whose fragrance waits 72 h anyway.
    const toner = score(`${BASE}, Glycolic Acid, Parfum`, { clinic });
    expect(toner.windows.pro).toMatchObject({ afterHours: 72, clinicAfter: true, pauseHours: 72, clinicPause: false });
    const plain = score(`${BASE}, Glycolic Acid`, { clinic });
    expect(plain.windows.pro).toMatchObject({ afterHours: 24, clinicAfter: true });
    expect(score(`${BASE}, Parfum`, { clinic }).windows.pro).toMatchObject({ afterHours: 72, clinicAfter: false, clinicPause: true });
  });

  it('set the first hours of professional sessions only', () => {
    expect(score(BASE, { clinic }).windows.pro).toMatchObject({ afterHours: 8, firstHours: 8, byFirstHours: true, clinicAfter: true });
    expect(score(BASE, { clinic }).windows.home).toMatchObject({ afterHours: 0, firstHours: 0, clinicAfter: false });
  });

  it('a window of 0 ends the wait for that class, but never the first hours', () => {
    const zero = score(`${BASE}, Retinol`, { clinic: { windows: { retinoid: { afterHours: 0, beforeHours: 0 } } } });
    expect(zero.windows.pro).toMatchObject({ afterHours: 6, pauseHours: 0, byFirstHours: true, clinicPause: true });
    expect(zero.windows.home).toMatchObject({ afterHours: 0, pauseHours: 0, clinicAfter: true });
  });
});
