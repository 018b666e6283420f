/** Words shops use for "the ingredient list", in the languages of the supported shops. */
const LIST_WORDS =
  '(?:(?:full|complete|all|major)\\s+)?(?:ingredients?(?:\\s+list)?|ingredient\\s+list|inci(?:\\s+list)?|' +
  'composition|inhaltsstoffe|ingrédients|ingredientes|ingredienti|składniki|skład|ingrediënten|ingredienser|' +
  'ainesosat|συστατικά|成分|全成分|성분|전성분)(?:\\s*\\((?:inci|ingredients?)\\))?';

/** A label alone: "Ingredients", "Full ingredients:", "INCI", "Inhaltsstoffe". */
export const LIST_LABEL = new RegExp(`^${LIST_WORDS}\\s*[:：]?$`, 'i');

/** A label opening a line of list text: "Ingredients: Aqua, …". */
export const LIST_LABEL_PREFIX = new RegExp(`^${LIST_WORDS}\\s*[:：]\\s*`, 'i');

/** Labels of marketing picks, never the full list. */
export const KEY_LABEL = /^(key|hero|star|featured|highlighted|notable|clean)\b[^:]{0,30}(ingredients?|actives?)\b.*$/i;

/** Drug-facts lines kept whole: the parser reads the declared actives from them. */
export const DRUG_FACTS_LINE = /^(active|inactive|other)\s+ingredients?\b[^:]{0,40}[:：]/i;

/** "+/- May contain:" colourant blocks of shade ranges belong to the list they follow. */
export const MAY_CONTAIN_LINE = /^[[(]?\s*(?:\+\/-|±)|^(?:may contain|peut contenir|kann enthalten|puede contener|może zawierać)\b/i;
