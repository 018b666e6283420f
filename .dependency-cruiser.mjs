// The rooms of ../shared/DESIGN.md ("Rooms: what lives where"), enforced: each folder imports only
// the rooms its row names, type-only imports included, and no module imports in a circle. A room may
// always import its own files; scripts/ and tests/ may import anything. The rows allow imports in one
// order only (inci ← extract, knowledge ← score ← list ← messaging ← background ← ui ← entrypoints,
// wording on score, knowledge and list's types and under background and ui, ocr on inci and knowledge),
// so rooms cannot import each other in a circle either.
// `npm run depcruise` checks it; `npm test` counts it as one check.

/** Every room's folder under src/; an import of a file under src/ outside them is refused (`unknown-room`). */
const ROOMS = ['extract', 'inci', 'knowledge', 'score', 'list', 'wording', 'messaging', 'background', 'ocr', 'ui'];

/** What the rules below may refuse: the rooms, the knowledge-base data, the tools and tests. */
const ANY_ROOM = '^(src|entrypoints|data|scripts|tests)/|^virtual:';

/** A room's folder as a path pattern. */
const room = (name) => `^src/${name}/`;

/** Paths a room may import: its own folder and the rooms named. */
const allowed = (...paths) => `(${paths.join('|')})`;

/**
 * A rule for one room: `from` imports nothing of ANY_ROOM but `may`. `comment` names the room and
 * what it holds, as DESIGN.md's table does.
 */
function roomRule(name, from, may, comment) {
  return { name, comment, severity: 'error', from: { path: from }, to: { path: ANY_ROOM, pathNot: allowed(from, ...may) } };
}

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    // entrypoints/: thin WXT entrypoints (background, content script, popup, options, OCR page).
    roomRule('entrypoints-import-src', '^entrypoints/', ['^src/'], 'entrypoints/ may import src/** only: the data comes through src/knowledge.'),
    // src/extract: DOM → PageReading; takes a Document, never calls browser.*.
    roomRule('extract-imports-inci', room('extract'), [room('inci')], 'src/extract may import src/inci only (to judge how INCI-like a text is).'),
    // src/inci: parsing and normalising INCI text. Pure.
    roomRule('inci-imports-nothing', room('inci'), [], 'src/inci imports no other room.'),
    // src/knowledge: loads the compiled knowledge base, builds the lookups, match(name).
    roomRule(
      'knowledge-imports-inci-and-data',
      room('knowledge'),
      [room('inci'), '^virtual:knowledge-base$', '^virtual:class-texts$', '^virtual:class-windows$'],
      'src/knowledge may import src/inci and the knowledge base compiled from data/ (virtual:knowledge-base, virtual:class-texts, virtual:class-windows).',
    ),
    // src/score: rules, verdict, windows, "OK from", coverage. Pure.
    roomRule('score-imports-inci-and-knowledge', room('score'), [room('inci'), room('knowledge')], 'src/score may import src/inci and src/knowledge.'),
    // src/list: the post-treatment list and the treatment profile, and their storage items.
    roomRule('list-imports-score', room('list'), [room('score')], 'src/list may import src/score only.'),
    // src/wording: what a state, a time, a wait, a doubt or a class says to the person, in their language
    // (#i18n, Intl). Its own room so that the worker (badge, tooltip, marks on the page) and the pages word
    // things with the same modules: src/background may not import src/ui.
    roomRule(
      'wording-imports-score-knowledge-list',
      room('wording'),
      [room('score'), room('knowledge'), room('list')],
      'src/wording may import src/score, src/knowledge and the types of src/list.',
    ),
    {
      name: 'wording-imports-list-types-only',
      comment: 'src/wording words what src/list holds; it runs none of it (no storage, no list model).',
      severity: 'error',
      from: { path: room('wording') },
      to: { path: room('list'), dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'wording-is-browser-free',
      comment: 'src/wording runs in the worker, the pages and Node alike: #i18n and Intl only, no browser APIs (the caller passes the locale and the clock).',
      severity: 'error',
      from: { path: room('wording') },
      to: { path: '^node_modules/(wxt|@webext-core)/' },
    },
    // src/messaging: the one typed protocol and the validation of every message.
    {
      name: 'messaging-imports-types-only',
      comment: 'src/messaging may import nothing that runs from another room.',
      severity: 'error',
      from: { path: room('messaging') },
      to: { path: ANY_ROOM, pathNot: room('messaging'), dependencyTypesNot: ['type-only'] },
    },
    // Its messages carry the types of the rooms it serves (a reading, a saved product, an analysis), never
    // those of the rooms that use it, which would close a circle of rooms.
    roomRule(
      'messaging-types-from-rooms-below',
      room('messaging'),
      ['extract', 'inci', 'knowledge', 'score', 'list', 'ocr'].map(room),
      'src/messaging may import the types of src/extract, src/inci, src/knowledge, src/score, src/list and src/ocr.',
    ),
    // src/background: what the worker does per message; the one writer of the list.
    roomRule(
      'background-imports-all-but-ui',
      room('background'),
      ROOMS.filter((r) => r !== 'ui' && r !== 'background').map(room),
      'src/background may import every room but src/ui.',
    ),
    // src/ocr: picture → text with the bundled OCR engine, in an extension page and in the CLI.
    roomRule('ocr-imports-inci-and-knowledge', room('ocr'), [room('inci'), room('knowledge')], 'src/ocr may import src/inci and src/knowledge (to judge a pass).'),
    // src/ui: the pieces popup, options and the marks on the page share.
    roomRule(
      'ui-imports-rooms-above',
      room('ui'),
      ROOMS.filter((r) => r !== 'ui').map(room),
      'src/ui may import every room above it in DESIGN.md (not entrypoints, not data).',
    ),
    // Every room.
    {
      name: 'unknown-room',
      comment: 'A folder under src/ that DESIGN.md does not name: add it to the rooms table first.',
      severity: 'error',
      from: {},
      to: { path: '^src/', pathNot: `^src/(${ROOMS.join('|')})/` },
    },
    {
      name: 'engine-is-browser-free',
      comment: 'src/inci, src/knowledge, src/score and src/extract run in Node as they do in the browser: no WXT, no browser APIs, no i18n.',
      severity: 'error',
      from: { path: '^src/(inci|knowledge|score|extract)/' },
      to: { path: '^(node_modules/(wxt|@wxt-dev|@webext-core)/|#i18n$)' },
    },
    {
      name: 'engine-without-node-builtins',
      comment: 'The engine (src/inci, src/knowledge, src/score, src/extract), src/ocr and src/wording also run in the browser: no Node built-ins.',
      severity: 'error',
      from: { path: '^src/(inci|knowledge|score|extract|ocr|wording)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-cycles',
      comment: 'Imports flow one way: no module reaches itself again, type-only imports included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'resolvable',
      comment: 'Every import names a file or package that exists; the virtual: modules come from scripts/kb-plugin.ts, #i18n from WXT.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^(virtual:(knowledge-base|class-texts|class-windows)|#i18n)$' },
    },
  ],
  options: {
    // `import type` counts: a room may not know another's types unless its row says so.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    // Resolve as Vite does: package exports (wxt/browser, wxt/utils/storage), TypeScript and Svelte files.
    enhancedResolveOptions: {
      extensions: ['.ts', '.js', '.mjs', '.svelte', '.json'],
      conditionNames: ['import', 'default', 'types'],
      exportsFields: ['exports'],
      mainFields: ['module', 'main', 'types'],
    },
    skipAnalysisNotInRules: true,
  },
};
