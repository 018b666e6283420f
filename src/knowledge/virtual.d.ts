declare module 'virtual:knowledge-base' {
  const kb: import('./compile.ts').CompiledKb;
  export default kb;
}
declare module 'virtual:class-texts' {
  /**
   * The classes that flag an ingredient (avoid, caution) with what the popup shows of them: label,
   * reason, German texts, windows, evidence grade, sources (compiled from data/classes.json by
   * scripts/kb-plugin.ts); without the ingredient names the matcher needs.
   */
  const classes: readonly import('./compile.ts').CompiledClass[];
  export default classes;
}
