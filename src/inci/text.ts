/** Turning raw label text (from a page, a dataset, a paste) into plain text the splitter can read. */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  middot: '·',
  hellip: '…',
  shy: '',
  zwj: '',
  zwnj: '',
  reg: '®',
  trade: '™',
  copy: '©',
  deg: '°',
  plusmn: '±',
  micro: 'µ',
  times: '×',
  dagger: '†',
  Dagger: '‡',
  sup1: '¹',
  sup2: '²',
  sup3: '³',
  aacute: 'á',
  agrave: 'à',
  acirc: 'â',
  auml: 'ä',
  aring: 'å',
  ccedil: 'ç',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  euml: 'ë',
  iacute: 'í',
  igrave: 'ì',
  icirc: 'î',
  iuml: 'ï',
  ntilde: 'ñ',
  oacute: 'ó',
  ograve: 'ò',
  ocirc: 'ô',
  ouml: 'ö',
  oslash: 'ø',
  uacute: 'ú',
  ugrave: 'ù',
  ucirc: 'û',
  uuml: 'ü',
  szlig: 'ß',
  Eacute: 'É',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
};

function decodeEntity(entity: string, body: string): string {
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  return NAMED_ENTITIES[body] ?? entity;
}

/** Tags that end a line on screen become line breaks; other tags vanish. */
function stripTags(text: string): string {
  if (!/<[a-z/!]/i.test(text)) return text;
  return text.replace(/<(?:br|\/p|\/li|\/div|\/tr|\/h\d)\b[^<>]{0,200}>/gi, '\n').replace(/<[a-z/!][^<>]{0,500}>/gi, '');
}

const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,9});/g;
/** Any character the rare fixes in `unusualFixed` act on; most texts have none and skip them all. */
// eslint-disable-next-line no-control-regex -- control characters in scraped text are what it looks for
const UNUSUAL = /[\uff01-\uff5e、\u00ad\u200b-\u200d\u2060\ufeff\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\r\u2028\u2029\u0085]|\s\[\]\s/;
/** Whitespace that the last step changes: a run of spaces or a space other than ` ` and line breaks. */
const SPACE_TO_FOLD = / {2}|[^\S \n]/;

function unusualFixed(text: string): string {
  return (
    text
      .replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
      .replace(/、/g, ',')
      .replace(/\s\[\]\s/g, ', ') // an empty bracket pair where a scraper lost the bullet glyph
      .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
      // eslint-disable-next-line no-control-regex -- control characters left by a scraper become spaces
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')
      .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
  );
}

/**
 * Plain text with one kind of space and line break: tags dropped, entities decoded, fullwidth
 * ASCII (Asian shops) folded, invisible and control characters removed. Never longer than the input
 * for entity-free text, so no name is longer than what was printed.
 */
export function cleanLabelText(raw: string): string {
  const tagless = stripTags(raw);
  const decoded = tagless.includes('&') ? tagless.replace(ENTITY, decodeEntity) : tagless;
  const usual = UNUSUAL.test(decoded) ? unusualFixed(decoded) : decoded;
  return SPACE_TO_FOLD.test(usual) ? usual.replace(/[^\S\n]+/g, ' ') : usual;
}
