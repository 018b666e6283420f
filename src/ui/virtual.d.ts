declare module 'virtual:class-texts' {
  /**
   * The classes that flag an ingredient (avoid, caution) with what the popup shows of them: label,
   * reason, windows, evidence grade, sources, and the translation of the browser's UI language
   * (compiled from data/classes.json by scripts/kb-plugin.ts); without the ingredient names the matcher needs.
   */
  const classes: readonly import('./class-text.ts').ExplainedClass[];
  export default classes;
}
