/**
 * The words that tell the parts of a label apart, in the languages of the supported shops: what names
 * the list, what names a marketing pick or a "free from" claim, what marks a "may contain" block, a
 * footnote or its legend, and what makes a text prose. The parser (src/inci) and the page reader
 * (src/extract) both read labels through this one module, so a word added here is known to both.
 */

/** "Ingredients" in the shops' languages (regexp source, no anchors). */
export const LIST_WORDS = String.raw`(?:ingredients?(?:\s+list)?|ingredient\s+list|inci(?:\s+list)?|composition|inhaltsstoffe|ingr[ée]dients|ingredientes|ingredienti|sk[łl]adniki|sk[łl]ad|ingredi[ëe]nten|ingredienser|ainesosat|συστατικά|全成分|成分|전성분|성분)`;
/** Words before the list word that still mean the whole list: "Full ingredients". */
const LIST_QUALIFIER = String.raw`(?:(?:full|complete|all|main|major)\s+)?`;
const LIST_SUFFIX = String.raw`(?:\s*\((?:inci|ingredients?)\))?`;

/** A heading that names the whole list, without its colon: "Ingredients", "Full ingredients (INCI)". */
export const LIST_HEADING = /* @__PURE__ */ new RegExp(String.raw`^${LIST_QUALIFIER}${LIST_WORDS}${LIST_SUFFIX}$`, 'i');
/** A list label alone on its line, colon optional: "Ingredients", "INCI:", "Inhaltsstoffe". */
export const LIST_LABEL = /* @__PURE__ */ new RegExp(String.raw`^${LIST_QUALIFIER}${LIST_WORDS}${LIST_SUFFIX}\s*[:：]?$`, 'i');
/** A list label opening a line of list text: "Ingredients: Aqua, …". */
export const LIST_LABEL_PREFIX = /* @__PURE__ */ new RegExp(String.raw`^${LIST_QUALIFIER}${LIST_WORDS}${LIST_SUFFIX}\s*[:：]\s*`, 'i');

/** A list label cut short where a name should be: "ingred", "Ingredients". */
export const LIST_STUB = /^ingr(?:e(?:d(?:i(?:e(?:n(?:t(?:s)?)?)?)?)?)?)?[:：.]?$/i;

/** Marketing picks of a few names, never the full list: "Key ingredients", "Formulated with". */
const MARKETING_OPENERS = String.raw`(?:key|hero|star|featured|highlighted|notable|clean|powerful|signature|main\s+active)`;
export const MARKETING_HEADING = /^(?:key|hero|star|featured|highlighted|notable|clean|powerful|signature|main\s+active)\s+(?:ingredients?|actives?)$/i;
/** A label opening a pick (the part before its colon): "Key Ingredients", "Formulated with", "Made with". */
export const PICK_LABEL = /* @__PURE__ */ new RegExp(
  String.raw`^(?:${MARKETING_OPENERS}\b[^:：]{0,30}\b(?:ingredients?|actives?)|(?:formulated|made|powered|enriched|infused|crafted)\s+with|with|contains|wirkstoffe|mit|avec|con)\b[^:：]{0,30}$`,
  'i',
);
/** A "free from" claim names what the product does not contain. */
export const FREE_FROM_LABEL =
  /^(?:(?:free\s+(?:from|of)|formulated\s+without|made\s+without|without|contains\s+no|does\s+not\s+contain|no\s+added|frei\s+von|ohne|sans|sin|senza|bez|vrij\s+van|fri\s+från)\b[^:：]{0,30}|[^:：]{0,30}\bfree(?:\s+(?:from|of))?)$/i;

/** Stands for each "may contain" marker run in cleaned label text (labels.ts `markMayContain`). */
export const MAY_CONTAIN_SENTINEL = '\u0001';

/** "May contain" markers of shade ranges: `+/-`, `±`, "May contain" in the shops' languages (regexp source). */
export const MAY_CONTAIN_WORDS = String.raw`(?:\+\s*\/\s*[-−–]|\+\s*\/(?=\s*[)\]])|±|\bmay\s*contain\b|\bpeut\s+contenir\b|\bpuede\s+contener\b|\bkann\s+enthalten\b|\bpuò\s+contenere\b|\bpode\s+conter\b|\bbevat\s+mogelijk\b|\bkan\s+innehålla\b|\bmoże\s+zawierać\b)`;
/** A line that opens a "may contain" block: it belongs to the list above it. */
export const MAY_CONTAIN_LINE = /* @__PURE__ */ new RegExp(String.raw`^[[(]?\s*${MAY_CONTAIN_WORDS}`, 'i');

/** Words whose full stop ends no sentence: `Ext. D&C Violet No. 2`, `FD&C Yellow No.5 Al. Lake` (regexp source). */
export const ABBREVIATIONS = String.raw`(?:dr|no|nr|st|vs|e\.g|i\.e|approx|ca|al|ext|incl|spp|var|sp|ssp|subsp|fig)`;

/** Headings of what follows a list and is never part of it: directions, warnings, drug-facts blocks. */
export const SECTION_HEADING =
  /^(?:glossary|legend|footnotes?|drug\s+facts|purposes?|uses?|warnings?|directions(?:\s+for\s+use)?|how\s+to\s+use|suggested\s+us(?:e|age)|precautions|safety\s+information|important\s+information|other\s+information|questions(?:\s+or\s+comments)?\??|do\s+not\s+use|stop\s+use(?:\s+and\s+ask\s+a\s+doctor(?:\s+if)?)?|when\s+using\s+this\s+product|ask\s+a\s+doctor(?:\s+before\s+use)?|keep\s+out\s+of\s+reach\s+of\s+children|anwendung|gebrauchsanweisung|warnhinweise|mode\s+d['’]emploi|précautions)$/i;
/** Labels of notes and product details, never an ingredient or a product of a set. */
export const NOTE_LABEL =
  /^(?:disclaimer|notes?|please\s+note|important|caution|sunburn\s+alert|storage|details|description|about(?:\s+the\s+product)?|highlights|benefits|what\s+(?:it\s+is|else\s+you\s+need\s+to\s+know))$/i;

/** Drug-facts lines kept with their list: the parser reads the declared actives from them. */
export const DRUG_FACTS_LINE = /^(?:active|inactive|other)\s+ingredients?\b[^:：]{0,40}[:：]/i;

/**
 * The marks a footnote legend opens with after a name (`Sorbate *Plant origin`, `† from essential oils`).
 * Trademark signs are no such marks: `Water Drench® Hyaluronic …` goes on.
 */
export const LEGEND_MARK_CHARS = '*†‡';
/**
 * Characters that refer to a footnote or mark a trademark, never part of an INCI name. An ASCII `+`
 * counts only glued to a word (`Sugar+`): `L(+)-Lactic Acid` keeps its own.
 */
export const FOOTNOTE_MARK_CHARS = `${LEGEND_MARK_CHARS}°¹²³⁴⁵⁶⁷⁸⁹⁰⁺™®©✝^`;
const MARK_CLASS = `[${FOOTNOTE_MARK_CHARS}]`;
/** Marks anywhere in a name, and a `+` glued to a word's end (the characters of FOOTNOTE_MARK_CHARS). */
export const FOOTNOTE_MARKS = /* @__PURE__ */ new RegExp(`${MARK_CLASS}+|(?<=[\\p{L}*])\\++(?![\\p{L}\\p{N}(])`, 'gu');
/**
 * A footnote number glued to the end of a word of lower-case letters: `Limonene1`, `Cumarin1 1`.
 * Names end in a capital or a hyphen before a number (`CoQ10`, `Peg-10`, `Ci15850` has five digits).
 */
export const GLUED_FOOTNOTE_NUMBER = /(?<=\p{Ll}{3})\d{1,2}(?:\s+\d{1,2})*(?=[\s,;.)\]]|$)/gu;
/** Text that opens with a footnote mark: a legend (`*Organic`, `¹ from essential oils`) or a stray note. */
export const STARTS_WITH_FOOTNOTE = /* @__PURE__ */ new RegExp(`^\\s*(?:${MARK_CLASS}|\\+(?=\\s*\\p{L}))`, 'u');

/**
 * Words of footnote legends in the shops' languages: where an ingredient comes from or how it was
 * grown, never an ingredient itself ("*Certified organic", "¹erhalten aus natürlichen ätherischen Ölen").
 */

export const LEGEND =
  /(?:^|[^\p{L}])(?:organic|biologic|natural(?:ly)?\s+(?:origin|derived|occurring)|of\s+(?:natural|plant|vegetable)\s+origin|plant\s+origin|derived\s+from|from\s+(?:essential\s+oils|organic|natural|plants)|certified|fair\s*trade|wild\s*crafted|essential\s+oils?|of\s+total|erhalten\s+aus|gewonnen\s+aus|aus\s+(?:kontrolliert|biologisch|natürlich|ätherisch|pflanzlich)|natürliche[rn]?\s+(?:ursprungs|herkunft|bestandteil)|bestandteil\s+(?:natürlicher|ätherischer)|ätherische[rn]?\s+öle|kontrolliert\s+biologisch|zertifiziert|biologischem\s+anbau|issus?\s+de|issues?\s+de|d['’]origine\s+naturelle|agriculture\s+biologique|huiles?\s+essentielles|naturellement\s+présent|procedentes?\s+de|de\s+origen\s+natural|agricultura\s+ecol[oó]gica|da\s+agricoltura\s+biologica|di\s+origine\s+naturale|oli\s+essenziali|biologische\s+landbouw|van\s+natuurlijke\s+oorsprong|z\s+upraw\s+ekologicznych|pochodzenia\s+naturalnego|ekologisk\s+odling)(?![\p{L}])/iu;

/** Function words of running text. A name never has two of them (see isProse in labels.ts). */
export const PROSE_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  (
    'a an the i my me we our you your it its this that these those is are was were be been has have had will would ' +
    'can could should do does did not so very than then may please which who what when while if any only ' +
    'such like each their them they more most all also into out up after before using use used apply ' +
    'product products helps help helping skin feel feels love loved gives makes keeps leaves ' +
    // marketing verbs and nouns no INCI name uses
    'provide provides improve improves reduce reduces boost boosts deliver delivers support supports protect ' +
    'protects soothe soothes visibly look appearance lines wrinkles immediate long-lasting ' +
    // French, German and other function words that no name uses
    'est sont pour par aux issus ist sind wird werden nicht'
  ).split(' '),
);
/**
 * Function words that also occur inside a few names (`Extract of…`, `Cire de Carnauba`, `A (and) B`):
 * they count for half in a name and only together with others in a sentence.
 */
export const WEAK_PROSE_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  'and or of for to with from by on in as at but no de du des la le les et en au der die das und von mit aus'.split(' '),
);

/** Every function word: a sentence has two of them, a name none (`(and)` between names aside). */
const FUNCTION_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([...PROSE_WORDS, ...WEAK_PROSE_WORDS]);
const BLEND_AND = /\((?:and|et)\)/g;
const WORD_BREAK = /(?:['’]s)?[^\p{L}'-]+/u;
/**
 * A function word between two characters that are not a-z. They are ASCII lower case and every one
 * isProse counts stands so (its neighbours are not letters), so a text without one is no prose; most
 * names have none, and this is much cheaper than splitting them into words.
 */
const FUNCTION_WORD = /* @__PURE__ */ new RegExp(`(?:^|[^a-z])(?:${[...FUNCTION_WORDS].join('|')})(?![a-z])`);

/**
 * A name that says it is fragrance or essential oil, in the languages of the shops we read: whatever
 * its words, it is an ingredient and never prose to drop ("Proprietary Blend of Pure Essential Oils and
 * Absolutes"; rubric: descriptive names count). A promise of their absence is not one.
 */
const SAYS_FRAGRANCE =
  /(?:^|[^\p{L}])(?:essential\s+oils?|fragrances?|parfums?|perfumes?|aromas?|absolutes|duftstoffe?|parfüm|ätherisch(?:e[nrs]?)?\s+öl(?:e|en)?|huiles?\s+essentielles?|aceites?\s+esenciales?|oli[o]?\s+essenzial[ei]|etherische\s+olie[n]?|olejk(?:i|ów)?\s+eteryczn(?:e|y|ych)|eteriska?\s+olj(?:a|or)|parfym|profumo|kompozycja\s+zapachowa)(?![\p{L}])/iu;
const ABSENCE = /(?:^|[^\p{L}])(?:free|without|no|ohne|frei|sans|sin|senza|zonder|bez|utan)(?![\p{L}])/iu;

export function saysFragrance(text: string): boolean {
  return SAYS_FRAGRANCE.test(text) && !ABSENCE.test(text);
}

/** Marketing or explanatory sentence rather than a name: several function words. */
export function isProse(text: string): boolean {
  if (!text.includes(' ', text.indexOf(' ') + 1)) return false; // fewer than three words
  const lower = text.slice(0, 300).toLowerCase();
  if (!FUNCTION_WORD.test(lower)) return false; // both tests below need a function word
  const words = lower.replace(BLEND_AND, ' ').split(WORD_BREAK).filter(Boolean);
  if (words.length < 3) return false;
  const functionWords = words.filter((word) => FUNCTION_WORDS.has(word)).length;
  return functionWords >= 2 || (functionWords >= 1 && words.length > 14);
}

/** Notes about the list, not part of it: disclaimers, certifications, links. */
export const DISCLAIMER =
  /subject to change|refer to|please|disclaimer|packaging|up[- ]to[- ]date|may (?:change|vary|differ)|clean at sephora|formulated without|free (?:of|from)\b|https?:|www\.|\.com\b|ecocert|cosmos|natural origin|of total|organic farming|certified|derived from|naturally derived|\biso\b|updated periodically|ingredient list/i;

/** Name parts that real INCI lists are full of: a text with many of them is a list. */
export const LIST_ANCHOR =
  /\b(aqua|water|eau|glycerin|extract|acid|oil|alcohol|glycol|sodium|potassium|butter|wax|oxide|ferment|filtrate|dimethicone|tocopherol|parfum|fragrance|peg-\d+|ci \d{5}|\w+(ate|ide|ine|ol|ene|one|ose|ium))\b/i;

export function isDisclaimer(text: string): boolean {
  return DISCLAIMER.test(text.slice(0, 300));
}
