// @vitest-environment node
/**
 * readPage on the 100 saved Sephora product pages of ../shared/corpus/pages-sephora (third-party,
 * read at run time, never copied): kits, declared actives, prose before the list, single-ingredient
 * products, "may contain" blocks, pages without a list. Each page must give exactly its own list,
 * component by component and name by name, as the oracle (extract-oracle.ts) derives it from the
 * page's own source of truth, the `ingredientDesc` of its page state (of the SKU the page shows, see
 * sephoraDesc). The table pins what the oracle
 * reads (count, first and last name of each component; no list = []), checked by eye against each
 * description; no list is copied here. Names compare as extract-oracle.ts `comparable` says.
 * Each ~1 MB page is parsed once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { readPage } from '../../src/extract/index.ts';
import { oracleComponents } from './extract-oracle.ts';
import { comparableComponents, pageSummary, readingComponents, sephoraDesc, summary, tokenF1, type Expected } from './extract-corpus-helpers.ts';

const PAGES = resolve(import.meta.dirname, '../../../shared/corpus/pages-sephora');
const haveCorpus = existsSync(PAGES);
if (!haveCorpus) console.warn(`extract-corpus-sephora: SKIPPED, ${PAGES} is absent (CI always has it)`);

/** Per page (file `sephora-<id>.html`): each component's name, number of names, first and last name. */
const EXPECTED: [string, Expected][] = [
  ['1371533', [[null, 37, 'Hydromanil™ 10%', 'Phenoxyethanol']]],
  ['1396399', [[null, 45, 'Water', 'Ci 77499 (Iron Oxides)']]],
  ['1448422', [[null, 15, 'Water', 'Phenoxyethanol']]],
  ['1494756', [[null, 34, 'Water', 'Phenoxyethanol']]],
  ['1659556', [[null, 9, 'Passiflora Edulis Seed Oil', 'Linalool']]],
  [
    '1802909',
    [
      ['Pekee Bar™', 11, 'Sodium Coco-Sulfate', 'Vaccinium Angustifolium (Blueberry) Fruit Extract'],
      ['Juju Bar', 13, 'Sodium Coco-Sulfate', 'Lycium Barbarum Fruit Extract'],
    ],
  ],
  ['1808674', [[null, 30, 'Water', 'CI 42090 (Blue 1)']]],
  ['1872878', [[null, 1, 'Argania Spinosa (Argan) Kernel Oil', 'Argania Spinosa (Argan) Kernel Oil']]],
  ['1940725', []],
  ['1988690', [[null, 12, 'Water', 'Althaea Officinalis / Althaea Officinalis Root Extract']]],
  ['2009231', [[null, 48, 'Avobenzone 1.5%', 'Iron Oxides']]],
  ['2022598', [[null, 23, 'Water', 'Polylysine']]],
  ['2046381', [[null, 25, 'Water', 'Limonene']]],
  ['2062495', [[null, 15, 'Water', 'Potassium Sorbate (067/178)']]],
  ['2072221', [[null, 45, 'Avobenzone 3%', 'Maris Sal/Sea Salt/Sel Marin']]],
  ['2073674', [[null, 69, 'Water', 'FD&C Yellow No. 5 (Ci 19140)']]],
  ['2118966', [[null, 32, 'Isopropyl Myristate', 'CI 45410 (D&C Red No.28)']]],
  ['2145340', [[null, 50, 'Octinoxate 7.00%', 'Ci 77891 (Titanium Dioxide)']]],
  ['2163129', [[null, 1, '100% Brazilian Rose Quartz', '100% Brazilian Rose Quartz']]],
  ['2163145', [[null, 1, '100% Brazilian Rose Quartz', '100% Brazilian Rose Quartz']]],
  ['2170355', [[null, 23, 'Ethylhexyl Palmitate', 'Glycerin']]],
  ['2183655', []],
  ['2210482', [[null, 36, 'Hydrogenated Polyisobutene', 'Phenoxyethanol']]],
  ['2210573', []],
  ['2211605', [[null, 26, 'Aqua (Water)', 'Hydrogenated Palm Glycerides Citrate']]],
  ['2221166', [[null, 38, 'Water', 'Phenoxyethanol']]],
  ['2239945', []],
  ['2258515', [[null, 37, 'Aqua (Water)', 'Benzyl Salicylate']]],
  ['2280428', [[null, 33, '2% BRIGHTENYL™', 'Glucomannan']]],
  ['2300812', [[null, 59, 'Aqua (Water)', 'Tocopherol']]],
  ['2304129', [[null, 40, 'THD Ascorbate 20%', 'Geraniol']]],
  ['2316198', [[null, 46, '#14375/A Hydrogenated Polyisobutene', 'Ci 77891 (Titanium Dioxide)']]],
  ['2317253', [[null, 27, 'Pentaerythrityl Tetraisostearate', 'Yellow 6 Lake (Ci 15985)']]],
  ['2325199', [[null, 14, 'Sodium Bicarbonate', 'Triethyl Citrate']]],
  [
    '2332930',
    [
      ['A+ High-Dose Retinoid Serum', 55, 'Water', 'Tocopherol'],
      ['Auto Correct Brightening and Depuffing Eye Contour Cream', 56, 'Water', 'Limonene'],
      ['C.E.O. 15% Vitamin C Brightening Serum', 23, 'Water', 'Saccharide Isomerate'],
      ['Good Genes All-In-One Lactic Acid Treatment', 33, 'Botanical Blend', 'Sodium Phytate'],
    ],
  ],
  ['2336451', [[null, 1, 'Ascorbic Acid', 'Ascorbic Acid']]],
  ['2339943', [[null, 43, 'Octisalate 5%', 'Fragrance']]],
  [
    '2344596',
    [
      ['Step 01', 32, 'Allantoin Ampoule Pack Water/Eau', 'Musa Sapientum (Banana) Fruit Extract'],
      ['Step 02', 39, 'Water/Eau', 'Diatomaceous Earth/Terre De Diatomees'],
    ],
  ],
  ['2352581', []],
  [
    '2356699',
    [
      ['Precleanse', 24, 'Caprylic/Capric Triglyceride', 'Linalool'],
      ['Special Cleansing Gel', 25, 'Water/Aqua/Eau', 'Sodium Benzoate'],
      ['Daily Microfoliant', 28, 'Microcrystalline Cellulose', 'Citric Acid'],
      ['Skin Smoothing Cream', 65, 'Water/Aqua/Eau', 'Phenoxyethanol'],
    ],
  ],
  ['2360477', []],
  [
    '2364040',
    [
      ['Dr. Brandt® Microdermabrasion', 22, 'Stearate', 'Limonene'],
      ['Needles No More® Wrinkle Smoothing Cream', 49, 'Water/Aqua/Eau', 'Linalool'],
      ['Needles No More® No More Baggage®', 40, 'Water', 'Iron Oxides (Ci 77491, Ci 77492)'],
      ['Pores No More® Pore Refiner Primer', 28, 'Cyclopentasiloxane', 'Iron Oxide (Ci 77492, Ci 77491, Ci 77499)'],
    ],
  ],
  ['2376036', [[null, 55, 'Water(Aqua/Eau)', 'Ascorbyl Dipalmitate']]],
  ['2382489', [[null, 27, 'Water/Aqua/Eau', 'Ethylhexylglycerin']]],
  ['2387215', [[null, 26, 'Hydrogenated Polyisobutene', 'Magnesium Oxide']]],
  [
    '2394823',
    [
      ['Afterglow Lip Balm in Orgasm', 33, 'Hydrogenated Polyisobutene', 'Titanium Dioxide (Ci 77891)'],
      ['Afterglow Lip Balm in Dolce Vita', 27, 'Hydrogenated Polyisobutene', 'Titanium Dioxide (Ci 77891)'],
    ],
  ],
  [
    '2412013',
    [
      ['Clarifying Cleanser', 39, 'Salicylic Acid 1.5%', 'Fragrance (Parfum)'],
      ['Oil and Pore Control Mattifier Broad Spectrum SPF 45++++', 43, 'Avobenzone 3.0%', 'Citral'],
      ['Rapid Relief Acne Spot Treatment', 26, 'Salicylic Acid 2.0%', 'Sodium Hydroxide'],
      ['InvisiScar™ Resurfacing Treatment', 19, 'Dimethicone', 'Titanium Dioxide (CI 77891)'],
    ],
  ],
  ['2412856', [[null, 52, 'Water/Aqua/Eau', 'Iron Oxides (CI 77491)']]],
  ['2419893', [[null, 25, 'Pentaerythrityl Tetraisostearate', 'Yellow 5 Lake (Ci 19140)']]],
  ['2421600', [[null, 18, '100% Mineral Zinc Oxide', 'Iron Oxides (CI 77492, 77491, 77499)']]],
  ['2433761', []],
  ['2435261', [[null, 28, 'Avobenzone 2.5%', 'Fragrance']]],
  ['2451383', [[null, 38, 'Titanium Dioxide 1.93%', 'Mica']]],
  ['2458669', [[null, 33, 'Water/Aqua/Eau', 'Titanium Dioxide (Ci 77891)']]],
  ['2464303', [[null, 31, 'Water/Aqua/Eau', 'Fragrance/Parfum']]],
  ['2472280', [[null, 28, 'Water/Aqua/Eau', 'Red 4 (CI 14700)']]],
  ['2480705', [[null, 53, 'Water\\Aqua\\Eau', 'Titanium Dioxide (Ci 77891)']]],
  ['2484509', [[null, 17, 'Octyldodecanol', 'Iron Oxides (CI 77491, CI 77492, CI 77499)']]],
  ['2522837', [[null, 53, 'Calendula Officinalis Flower/Leaf/Stem Juice', 'Glyceryl Caprylate']]],
  ['2532851', [[null, 49, 'Water/Aqua/Eau', 'Titanium Dioxide (CI 77891)']]],
  ['2533461', []],
  ['2533529', [[null, 48, 'Vitamin C 5%', 'Potassium Sorbate']]],
  ['2535003', [[null, 23, 'Glycerin', 'Magnesium Sulfate']]],
  ['2536134', [[null, 45, 'Water/Aqua/Eau', 'Benzoic Acid']]],
  ['2561322', [[null, 39, '10% Vitamin C Complex', 'C18-36 Acid Triglyceride']]],
  ['2566545', [[null, 55, 'Water (Aqua)', 'Beta-Sitosterol']]],
  ['2567519', []],
  ['2576114', [[null, 27, 'Avobenzone 3.0%', 'Fragrance (Natural)']]],
  ['2593283', [[null, 58, 'AHAs 5% (Glycolic and Lactic Acids)', 'Citral']]],
  [
    '2593317',
    [
      ['Truth Serum', 37, 'Aqua/Water/Eau', 'Linalool'],
      ['C-Rush Brightening Gel Crème', 59, 'Aqua/Water/Eau', 'Linalool'],
      ['Banana Bright+ Eye Crème', 59, 'Water', 'Linalool'],
    ],
  ],
  ['2595189', []],
  ['2604106', [[null, 45, 'Aqua/Water/Eau', 'Palmitoyl Tetrapeptide-7']]],
  ['2604627', [[null, 14, 'Sodium Hyaluronate', 'Ascorbic Acid']]],
  [
    '2606978',
    [
      ['Regenerating Exfoliating Cleanser', 33, 'Hordeum Vulgare Leaf Juice', 'Linalool'],
      ['Clarifying Blemish & Oil Control Cleanser', 49, 'Hordeum Vulgare Leaf Juice', 'Linalool'],
    ],
  ],
  ['2633030', [[null, 53, 'Barley-Derived Azelaic Acid 10%', 'Ethylhexylglycerin']]],
  ['2641926', [[null, 40, '2% Salicylic Acid', 'Benzyl Salicylate']]],
  ['2643476', []],
  ['2643955', [[null, 26, '30% Pure Vitamin C', 'Limonene']]],
  ['2648780', [[null, 30, 'Glycerin', 'Hexyl Cinnamal']]],
  ['2669083', [[null, 14, 'Dark Chocolate', 'Inositol']]],
  ['2672400', [[null, 27, '1.5% Flavoslim™', 'Phenoxyethanol']]],
  ['2674133', [[null, 38, 'Zinc Oxide (21.7%)', 'Iron Oxide (CI 77492)']]],
  ['2678555', []],
  [
    '2679330',
    [
      ['Hinoki Hydrating Body Oil', 29, 'Oryza Sativa (Rice) Bran Oil', 'Phenoxyethanol'],
      ['Hinoki Gentle Exfoliating Body Wash', 29, 'Aqua/Water/Eau', 'Phenoxyethanol'],
      ['Hinoki Body Milk Lotion', 36, 'Aqua/Water/Eau', 'Phenoxyethanol'],
    ],
  ],
  [
    '2680775',
    [
      ['Super Glow Serum with Vitamin C+E', 25, 'Aqua (Water)', 'Rosmarinus Officinalis (Rosemary) Leaf Extract'],
      ['Nourishing Moisturizer', 35, 'Aqua (Water)', 'Citric Acid'],
    ],
  ],
  ['2680783', [[null, 19, 'Aqua (Water)', 'Tocopherol']]],
  [
    '2687671',
    [
      ['Melt Awf Jelly Oil Makeup-Melting Cleanser', 23, 'Helianthus Annuus (Sunflower) Seed Oil', 'Linalool'],
      ['Hella Thicc Volumizing Mascara', 25, 'Aqua/Water/Eau', 'Iron Oxides (Ci 77499)'],
    ],
  ],
  ['2694792', [[null, 18, '0.2% Encapsulated Retinol', 'Propyl Gallate']]],
  [
    '2697266',
    [
      ["Charlotte's Magic Cream (Non-Uv Version)", 50, 'Aqua/Water/Eau', 'Geraniol'],
      ["Charlotte's Magic Serum Crystal Elixir", 66, 'Aqua/Water/Eau', 'Citral'],
    ],
  ],
  [
    '2698397',
    [
      ['Lip Sleeping Mask [Berry]', 34, 'Diisostearyl Malate', 'Vitis Vinifera (Grape) Juice'],
      ['Lip Sleeping Mask [Gummy Bear]', 34, 'Diisostearyl Malate', 'Vitis Vinifera (Grape) Juice'],
      ['Lip Sleeping Mask [Mango]', 36, 'Diisostearyl Malate', 'Vitis Vinifera (Grape) Juice'],
      ['Lip Sleeping Mask [Mint Choco]', 37, 'Diisostearyl Malate', 'Vitis Vinifera (Grape) Juice'],
      ['Lip Sleeping Mask [Sweet Candy]', 33, 'Diisostearyl Malate', 'Vitis Vinifera (Grape) Juice'],
    ],
  ],
  [
    '2698405',
    [
      ['Lip Sleeping Mask Berry', 34, 'Diisostearyl Malate', 'Vitis Vinifera (Grape) Juice'],
      ['Lip Sleeping Mask Mango', 36, 'Diisostearyl Malate', 'Vitis Vinifera (Grape) Juice'],
      ['Lip Sleeping Mask Caramel Apple', 37, 'Diisostearyl Malate', 'Vitis Vinifera (Grape) Juice'],
    ],
  ],
  ['2698439', [[null, 50, 'Water / Aqua / Eau', 'Citric Acid']]],
  [
    '2707115',
    [
      ['Refining Cleanser', 36, 'Calendula Officinalis Flower/Leaf/Stem Juice', 'Sodium Citrate'],
      ['Radiance Mask', 23, 'Diglycerin', 'Sodium Citrate'],
    ],
  ],
  [
    '2713634',
    [
      ['Therapeutic Sulfur Mask Acne Treatment Mask', 19, '10% Sulfur', 'Ethylhexylglycerin'],
      ['Pumpkin Enzyme Mask Enzymatic Dermal Resurfacer', 21, 'Water/Aqua/Eau', 'Fragrance/Parfum'],
      ['24K Gold Mask Pure Luxury Lift & Firm', 17, 'Glycerin', 'Titanium Dioxide (CI 77891)'],
      ['Cucumber Gel Mask Extreme De-Tox™ Hydrator', 29, 'Water/Aqua/Eau', 'Blue 1 (CI 42090)'],
      ['Water Drench® Hyaluronic Cloud Mask Hydrating Gel', 23, 'Water/Aqua/Eau', 'Phenoxyethanol'],
    ],
  ],
  ['2714715', [[null, 20, 'Coco-Caprylate/Caprate', 'Ceramide NP']]],
  [
    '2716629',
    [
      ['Moisture Surge™ 100H Auto-Replenishing Hydrator Moisturizer', 43, 'Water\\Aqua\\Eau', 'Yellow 5 (Ci 19140)'],
      ['Take The Day Off™ Cleansing Balm Makeup Remover', 9, 'Ethylhexyl Palmitate', 'Phenoxyethanol'],
      ['All About Clean™ Liquid Facial Soap Mild', 23, 'Water\\Aqua\\Eau', 'Phenoxyethanol'],
      ['All About Eyes™ Eye Cream', 33, 'Cyclopentasiloxane', 'Iron Oxides (Ci 77491, Ci 77492, Ci 77499)'],
      ['High Impact™ Mascara', 46, 'Water\\Aqua\\Eau', 'Aluminum Powder (Ci 77000)'],
    ],
  ],
  ['2733772', []],
  ['2735272', [[null, 42, 'AHAs 10%', 'Parfum/Fragrance']]],
  [
    '2737856',
    [
      ['Rose & Hyaluronic Acid Deep Hydration Toner', 23, 'Aqua (Water)', 'Geraniol'],
      ['Rose & Squalane Deep Hydration Oil-Infused Serum', 29, 'Aqua (Water)', 'Geraniol'],
      ['Rose & Hyaluronic Acid Deep Hydration Moisturizer', 46, 'Aqua (Water)', 'Geraniol'],
      ['Soy pH-Balanced Hydrating Face Wash', 30, 'Aqua (Water)', 'Potassium Sorbate'],
    ],
  ],
  [
    '2737864',
    [
      ['Soy pH-Balanced Hydrating Face Wash', 30, 'Aqua (Water)', 'Potassium Sorbate'],
      ['Lotus Anti-Aging Daily Moisturizer', 38, 'Aqua (Water)', 'Citral'],
      ['Lotus Anti-Aging Night Moisturizer', 39, 'Aqua (Water)', 'Citral'],
    ],
  ],
];

const scores: { file: string; exact: boolean; f1: number }[] = [];
afterAll(() => {
  if (scores.length > 0) console.info(pageSummary('pages-sephora', scores));
});

describe.skipIf(!haveCorpus)('readPage on 100 saved Sephora pages (../shared/corpus/pages-sephora)', () => {
  it('has a row for every page', () => {
    expect(EXPECTED.map(([id]) => `sephora-${id}.html`)).toEqual(
      readdirSync(PAGES)
        .filter((f) => f.endsWith('.html'))
        .sort(),
    );
  });

  it.each(EXPECTED)('sephora-%s.html', (id, expected) => {
    const file = `sephora-${id}.html`;
    const html = readFileSync(resolve(PAGES, file), 'utf8');
    const oracle = oracleComponents(sephoraDesc(html, id));
    expect(summary(oracle)).toEqual(expected);
    const url = /<link[^>]*rel="canonical"[^>]*href="([^"]+)"/.exec(html)?.[1] ?? `https://www.sephora.com/product/unavailable-P0?skuId=${id}`;
    const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
    const reading = readPage(dom.window.document, url);
    dom.window.close();
    const found = readingComponents(reading);
    const wanted = comparableComponents(oracle);
    scores.push({ file, exact: JSON.stringify(found) === JSON.stringify(wanted), f1: tokenF1(found, oracle) });
    expect(found).toEqual(wanted);
  });
});
