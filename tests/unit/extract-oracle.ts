/**
 * The list a saved Sephora page states, derived from the page's own source of truth: the
 * `ingredientDesc` of its embedded page state (`script#linkStore`, `page.product.currentSku`), the
 * HTML the Ingredients panel shows. Written apart from src/extract and src/inci, on purpose simple, so
 * that a test compares two independent routes to the same list. Rules, in order:
 * - Lines: `<br>`, paragraphs and line breaks end a line. Bold text (`<b>`, `<strong>`) is only ever a
 *   component header in these descriptions: "Pekee Bar:", "Step 01:", "Rapid Relief … Ingredients: Active:"
 *   (label words and colons trimmed).
 * - A bullet ("-Name: benefit") or a line with a label before its colon and no comma before it
 *   ("Hyaluronic Acid: moisturizes", "2% Name: benefit") is marketing, unless what it names before the
 *   colon carries a percentage: then those names are declared actives
 *   (rubric, "What counts as the product's ingredients"). A line right under a bullet continues it.
 *   "Active Ingredient: …" lines declare actives too.
 * - Lines opening with a footnote mark are legends; lines asking to check the packaging are notes.
 * - Every other line is list text; a component's list lines join into one list: across a break inside
 *   a name when the list has commas ("Butyrospermum<br>Parkii (Shea) Butter"), else one name per line.
 *   A list may open with "Ingredients:".
 * - The list ends at a sentence that follows it (". Fresh product ingredient listings …"), unless
 *   that sentence opens a "may contain" block; a legend printed after the last name is dropped.
 * - Names: top-level commas split, brackets and locant commas ("1,2-Hexanediol") kept; may-contain
 *   markers and their brackets go; a bracket of three or more names (not colour indexes) holds a
 *   blend's members, named after its head ("Botanical Blend", "Aqua", …); a label stub such as "ingred"
 *   is no name.
 * - An active declared above the list and named again in it (same name without percentage and
 *   brackets, any case) is one ingredient, at its list place; other actives lead the list.
 * - Actives declared above the first header of a set belong to its first component.
 * - One component has no name; components of a set keep their headers.
 */
import { JSDOM } from 'jsdom';

export interface OracleComponent {
  name: string | null;
  tokens: string[];
}

const HEADER = '\u0002';
const BLOCKS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'TR']);

/** The description's lines, headers marked. */
function lines(html: string): string[] {
  const root = JSDOM.fragment(`<div>${html}</div>`).firstElementChild;
  const out: string[] = [];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) out.push((child.textContent ?? '').replace(/\r\n?/g, '\n'));
      else if (child.nodeName === 'BR') out.push('\n');
      else if (child.nodeName === 'B' || child.nodeName === 'STRONG') {
        const text = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text !== '') out.push(`\n${HEADER}${text}\n`);
      } else {
        const block = BLOCKS.has(child.nodeName);
        if (block) out.push('\n');
        walk(child);
        if (block) out.push('\n');
      }
    }
  };
  if (root) walk(root);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0\ufeff\u200b]+/g, ' ').trim());
}

const BULLET = /^[-–•]\s*/;
/** "Hyaluronic and Polyglutamic Acids: From natural origin …", "2% Brightenyl: Reduces …": no comma before the colon. */
const LABELLED_LINE = /^(?!ingredients?\s*:)[^,:]{1,80}:\s*\S/i;
const ACTIVE_LINE = /^active ingredients?\s*:\s*/i;
const NOTE = /please|refer to|subject to change|listings? (?:are|is) updated|packaging/i;
const LEGEND_LINE = /^[*†‡+]/;
const MAY_CONTAIN =
  /[[(]?\s*(?:\+\/-|±)\s*[)\]]?\s*(?:[([]?\s*may contain(?:\s*\/\s*peut contenir)?\s*[)\]]?)?\s*:?|[[(]?\s*may contain\s*(?:[([]\s*\+\/-\s*[)\]])?\s*:?/gi;
const MARKS = /[*†‡™®©¹²³]+|(?<=[A-Za-z*])\++/g;
const PERCENT = /\s*\d+(?:[.,]\d+)?\s*%/g;

/** Top-level parts at `separator`: paired brackets and commas between digits hold. */
function split(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '(' || ch === '[') depth++;
    if ((ch === ')' || ch === ']') && depth > 0) depth--;
    const locant = ch === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '');
    if (depth === 0 && !locant && separator.test(ch)) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/** Brackets without a partner removed (what is left of a may-contain block). */
function pairedOnly(text: string): string {
  const keep = new Set<number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(' || text[i] === '[') open.push(i);
    else if (text[i] === ')' || text[i] === ']') {
      const at = open.pop();
      if (at !== undefined) keep.add(at).add(i);
    }
  }
  return text.replace(/[()[\]]/g, (bracket, at: number) => (keep.has(at) ? bracket : ''));
}

/** A note about the list ("Please refer to the packaging …"), not a list that happens to be followed by one. */
function isNote(line: string): boolean {
  return NOTE.test(line) && split(line.split(/\.\s/)[0] ?? '', /,/).length < 3;
}

function tidy(token: string): string {
  return token
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^and\s+/i, '')
    .replace(/[\s.]+$/, '')
    .trim();
}

const COLOUR_INDEX = /^(?:ci\s*)?\d{5}$/i;

/** A name, or the head of a blend and the names of its bracket when that holds three or more (not colour indexes). */
function expand(token: string): string[] {
  const group = /^(.*?)[([]([^()[\]]*(?:\([^()]*\)[^()[\]]*)*)[)\]](.*)$/.exec(token);
  const members = group
    ? split(group[2] ?? '', /,/)
        .map(tidy)
        .filter(Boolean)
    : [];
  if (members.length < 3 || members.every((m) => COLOUR_INDEX.test(m))) return [token];
  return [tidy(`${group?.[1] ?? ''} ${group?.[3] ?? ''}`), ...members];
}

/** The names of one list's text. */
function listNames(text: string): string[] {
  let list = text.replace(/^ingredients?\s*:\s*/i, '');
  // A sentence after the list ends it, unless it opens a may-contain block.
  const sentence = /(?<!\b(?:No|St|Dr))\.\s+(?=[A-Z])/.exec(list);
  if (sentence && split(list.slice(0, sentence.index), /,/).length > 1) {
    const tail = list.slice(sentence.index + 1);
    list = list.slice(0, sentence.index) + (/^\s*[[(]?\s*(?:may contain|\+\/-)/i.test(tail) ? `, ${tail}` : '');
  }
  const parts = split(pairedOnly(list.replace(MAY_CONTAIN, ', ')), /[,;]/);
  const last = parts.length - 1;
  // A legend printed after the last name: "Phenoxyethanol *Certified Organic.", "Caprylate.*From organic farming."
  parts[last] = (parts[last] ?? '').replace(/(?:\s|\.)[*†‡]+\s*\p{L}.*$/u, '');
  return parts
    .map((part) => tidy(part.replace(MARKS, '')))
    .filter((name) => /\p{L}/u.test(name) && !/^ingred(?:i(?:e(?:n(?:ts?)?)?)?)?$/i.test(name))
    .flatMap(expand);
}

/** "Avobenzone 3%, Homosalate 9%, and Octocrylene 6.5%" → each active with its percentage. */
function activeNames(label: string): string[] {
  return split(label, /,/)
    .flatMap((part) => (/%.*\sand\s.*%/.test(part) ? split(part.replace(/\sand\s(?=[^()[\]]*$)/, ','), /,/) : [part]))
    .map(tidy)
    .filter((part) => part.includes('%'))
    .flatMap(expand);
}

function key(name: string): string {
  return name
    .toLowerCase()
    .replace(PERCENT, '')
    .replace(/\s*[([][^()[\]]*[)\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Draft {
  name: string | null;
  actives: string[];
  list: string[];
}

export function oracleComponents(desc: string | null | undefined): OracleComponent[] {
  if (!desc) return [];
  const drafts: Draft[] = [];
  let current: Draft = { name: null, actives: [], list: [] };
  let inBullet = false;
  const start = (name: string) => {
    if (current.list.length > 0 || current.name !== null) drafts.push(current);
    const actives = drafts.length === 0 && current.name === null ? current.actives : [];
    current = { name, actives, list: [] };
  };
  for (const line of lines(desc)) {
    if (line === '' || !/[\p{L}\p{N}]/u.test(line)) {
      inBullet = false;
      continue;
    }
    if (line.startsWith(HEADER)) {
      start(
        line
          .slice(1)
          .replace(/\s*\b(?:ingredients?|active|inactive)\s*:/gi, '')
          .replace(/[\s:]+$/, '')
          .trim(),
      );
      inBullet = false;
    } else if (ACTIVE_LINE.test(line)) current.actives.push(...activeNames(line.replace(ACTIVE_LINE, '')));
    else if (BULLET.test(line) || LABELLED_LINE.test(line)) {
      const label = line.replace(BULLET, '').split(':')[0] ?? '';
      current.actives.push(...activeNames(label));
      inBullet = true;
    } else if (inBullet) continue;
    else if (LEGEND_LINE.test(line) || isNote(line)) continue;
    else current.list.push(line);
  }
  drafts.push(current);
  const components = drafts
    .filter((draft) => draft.list.length > 0)
    .map((draft) => {
      const names = listNames(draft.list.join(draft.list.some((line) => line.includes(',')) ? ' ' : ', '));
      const listed = new Set(names.map(key));
      return { name: draft.name, tokens: [...draft.actives.filter((active) => !listed.has(key(active))), ...names] };
    })
    .filter((component) => component.tokens.length > 0);
  return components.length === 1 ? [{ name: null, tokens: components[0]?.tokens ?? [] }] : components;
}

/** How a printed name is compared: case, spaces, footnote marks and an end full stop do not count. */
export function comparable(name: string): string {
  return name.replace(MARKS, '').replace(/\s+/g, ' ').trim().replace(/\.$/, '').toLowerCase();
}
