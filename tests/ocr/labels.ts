import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';

// Label pictures for the OCR tests and the benchmark, rendered from HTML by Chromium at run time
// (nothing binary is kept in the repository). Each label's true list is the text written here; the
// lists are made up for these tests, in the style of real cosmetics labels.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** flat: dark text on a plain light ground; the others as named. */
export type LabelKind = 'flat' | 'dark' | 'jpeg' | 'rotated' | 'photo';

export interface LabelPicture {
  id: string;
  kind: LabelKind;
  format: 'png' | 'jpeg' | 'webp';
  /** The ingredient list exactly as printed on the label. */
  list: string;
  /** The label's HTML body; the element with id "label" is what is photographed. */
  html: string;
}

const SANS = "'Liberation Sans', Arial, sans-serif";
const SERIF = "'Liberation Serif', 'Times New Roman', serif";
const NARROW = "'Liberation Sans Narrow', 'Arial Narrow', sans-serif";
const DEJAVU = "'DejaVu Sans', Verdana, sans-serif";
const DEJAVU_SERIF = "'DejaVu Serif', Georgia, serif";

const LISTS = {
  hydrating:
    'Aqua, Glycerin, Propanediol, Sodium Hyaluronate, Panthenol, Betaine, Allantoin, Sodium PCA, Hydroxyethylcellulose, Pentylene Glycol, Caprylyl Glycol, Citric Acid, Sodium Citrate, Disodium EDTA',
  retinolCream:
    'Aqua (Water), Caprylic/Capric Triglyceride, Glycerin, Cetearyl Alcohol, Squalane, Butyrospermum Parkii (Shea) Butter, Dimethicone, Glyceryl Stearate, PEG-100 Stearate, Retinol, Tocopheryl Acetate, Ceramide NP, Phytosphingosine, Cholesterol, Sodium Lauroyl Lactylate, Carbomer, Xanthan Gum, Phenoxyethanol, Ethylhexylglycerin, Parfum (Fragrance), Linalool, Citronellol',
  toner:
    'Aqua, Glycolic Acid, Butylene Glycol, Sodium Hydroxide, Lactic Acid, Salicylic Acid, Aloe Barbadensis Leaf Juice, Hamamelis Virginiana Water, Panthenol, Allantoin, Polysorbate 20, Sodium Benzoate, Potassium Sorbate, Alcohol Denat.',
  vitaminC:
    'Aqua, Ascorbic Acid, Ethoxydiglycol, Propylene Glycol, Glycerin, Ferulic Acid, Tocopherol, Sodium Hyaluronate, Laureth-23, Triethanolamine, Phenoxyethanol, Sodium Benzoate',
  sunscreen:
    'Aqua, Homosalate, Ethylhexyl Salicylate, Butyl Methoxydibenzoylmethane, Octocrylene, Glycerin, Silica, Dimethicone, Cetyl Alcohol, Potassium Cetyl Phosphate, Tocopherol, Phenoxyethanol, Parfum',
  cleansingOil:
    'Helianthus Annuus (Sunflower) Seed Oil, Caprylic/Capric Triglyceride, PEG-20 Glyceryl Triisostearate, Olea Europaea (Olive) Fruit Oil, Simmondsia Chinensis (Jojoba) Seed Oil, Tocopherol, Citrus Aurantium Dulcis (Orange) Peel Oil, Lavandula Angustifolia (Lavender) Oil, Limonene, Linalool',
  barrier:
    'Aqua, Petrolatum, Glycerin, Cetearyl Alcohol, Paraffinum Liquidum, Niacinamide, Ceramide NP, Ceramide AP, Ceramide EOP, Cholesterol, Ceteareth-20, Dimethicone, Sodium Lauroyl Lactylate, Carbomer, Xanthan Gum, Phenoxyethanol, Ethylhexylglycerin',
  peptide:
    'Aqua, Glycerin, Isononyl Isononanoate, Cetearyl Alcohol, Palmitoyl Tripeptide-1, Palmitoyl Tetrapeptide-7, Copper Tripeptide-1, Adenosine, Centella Asiatica Extract, Madecassoside, Glyceryl Caprylate, Hydroxyacetophenone, Sodium Gluconate',
  mist: 'Aqua, Rosa Damascena Flower Water, Glycerin, Niacinamide, Hamamelis Virginiana (Witch Hazel) Extract, Camellia Sinensis Leaf Extract, Panthenol, Sodium PCA, Citric Acid, Potassium Sorbate, Sodium Benzoate, Benzyl Alcohol, Geraniol, Citronellol',
  lipBalm:
    'Ricinus Communis (Castor) Seed Oil, Cera Alba (Beeswax), Cocos Nucifera (Coconut) Oil, Butyrospermum Parkii (Shea) Butter, Tocopherol, Mentha Piperita (Peppermint) Oil, Menthol, Aroma, Limonene',
} as const;

/** A plain printed label: heading, list, and a line of small print after it. */
function flatLabel(list: string, style: { font: string; size: number; width: number; ink?: string; ground?: string; extra?: string }): string {
  const { font, size, width, ink = '#1a1a1a', ground = '#ffffff', extra = '' } = style;
  return `<div id="label" style="display:inline-block;width:${width}px;padding:14px 16px;background:${ground};color:${ink};font:${size}px/1.35 ${font};${extra}">
  <p style="margin:0"><b>INGREDIENTS:</b> ${list}</p>
  <p style="margin:0.8em 0 0">Store below 25 °C. For external use only.</p></div>`;
}

export const LABELS: readonly LabelPicture[] = [
  { id: 'sans-11', kind: 'flat', format: 'png', list: LISTS.hydrating, html: flatLabel(LISTS.hydrating, { font: SANS, size: 11, width: 430 }) },
  { id: 'serif-13', kind: 'flat', format: 'png', list: LISTS.retinolCream, html: flatLabel(LISTS.retinolCream, { font: SERIF, size: 13, width: 520 }) },
  { id: 'dejavu-10', kind: 'flat', format: 'png', list: LISTS.toner, html: flatLabel(LISTS.toner, { font: DEJAVU, size: 10, width: 420 }) },
  { id: 'narrow-12', kind: 'flat', format: 'png', list: LISTS.vitaminC, html: flatLabel(LISTS.vitaminC, { font: NARROW, size: 12, width: 360 }) },
  { id: 'dejavu-serif-16', kind: 'flat', format: 'webp', list: LISTS.sunscreen, html: flatLabel(LISTS.sunscreen, { font: DEJAVU_SERIF, size: 16, width: 620 }) },
  {
    id: 'light-on-dark',
    kind: 'dark',
    format: 'png',
    list: LISTS.cleansingOil,
    html: flatLabel(LISTS.cleansingOil, { font: DEJAVU, size: 12, width: 480, ink: '#f4f1ea', ground: '#1f2a44' }),
  },
  { id: 'jpeg-q70', kind: 'jpeg', format: 'jpeg', list: LISTS.barrier, html: flatLabel(LISTS.barrier, { font: SANS, size: 12, width: 460 }) },
  {
    id: 'rotated-8',
    kind: 'rotated',
    format: 'png',
    list: LISTS.peptide,
    html: `<div id="label" style="display:inline-block;padding:60px;background:#fff">${flatLabel(LISTS.peptide, { font: SANS, size: 13, width: 480, extra: 'transform:rotate(8deg)' }).replace('id="label"', '')}</div>`,
  },
  {
    id: 'photo-bottle',
    kind: 'photo',
    format: 'jpeg',
    list: LISTS.mist,
    html: `<div id="label" style="width:1100px;height:760px;display:flex;align-items:center;justify-content:center;
      background:radial-gradient(circle at 30% 20%,#f7efe6,#d9c8b4 60%,#a89077);font-family:${DEJAVU}">
      <div style="width:560px;padding:36px 40px;border-radius:28px;color:#3b2f28;
        background:linear-gradient(90deg,#e9e1d6,#fbf8f3 18%,#fffdfa 50%,#f6f1ea 82%,#ddd3c6);box-shadow:0 18px 40px rgba(60,40,20,.35)">
        <div style="font:700 34px/1.1 ${SERIF};letter-spacing:.12em">ROSÉE</div>
        <div style="font-size:15px;margin:6px 0 18px;letter-spacing:.2em">CALMING FACIAL MIST · 100 ml</div>
        <p style="margin:0;font-size:13px;line-height:1.4"><b>Ingredients:</b> ${LISTS.mist}</p>
        <p style="margin:14px 0 0;font-size:11px">Mist over clean skin morning and evening. Avoid the eyes.</p>
      </div></div>`,
  },
  { id: 'lip-balm-sans-14', kind: 'flat', format: 'png', list: LISTS.lipBalm, html: flatLabel(LISTS.lipBalm, { font: SANS, size: 14, width: 520 }) },
];

/** One label photographed by Chromium: PNG or JPEG straight from the screenshot, WebP through a canvas. */
export async function renderLabel(page: Page, label: LabelPicture): Promise<Buffer> {
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.setContent(`<!doctype html><meta charset="utf-8"><body style="margin:0;background:#fff">${label.html}</body>`);
  const element = page.locator('#label');
  if (label.format === 'jpeg') return element.screenshot({ type: 'jpeg', quality: label.kind === 'photo' ? 80 : 70 });
  const png = await element.screenshot({ type: 'png' });
  if (label.format === 'png') return png;
  const webp = await page.evaluate(
    async (dataUrl) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
      canvas.getContext('2d')?.drawImage(image, 0, 0);
      return canvas.toDataURL('image/webp', 0.9);
    },
    `data:image/png;base64,${png.toString('base64')}`,
  );
  return Buffer.from(webp.split(',')[1] as string, 'base64');
}

export interface RenderedLabel extends LabelPicture {
  file: string;
}

/** Renders every label into `dir` (one browser, one page) and returns where each picture is. */
export async function renderLabels(dir: string, labels: readonly LabelPicture[] = LABELS): Promise<RenderedLabel[]> {
  mkdirSync(dir, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const rendered: RenderedLabel[] = [];
    for (const label of labels) {
      const file = join(dir, `${label.id}.${label.format === 'jpeg' ? 'jpg' : label.format}`);
      writeFileSync(file, await renderLabel(page, label));
      rendered.push({ ...label, file });
    }
    return rendered;
  } finally {
    await browser.close();
  }
}
