declare module 'virtual:knowledge-base' {
  const kb: import('./compile.ts').CompiledKb;
  export default kb;
}
declare module 'virtual:class-texts' {
  /**
   * The classes that flag an ingredient (avoid, caution) with what a page shows of them: label,
   * reason, windows, evidence grade, sources, in English (compiled from data/classes.json by
   * scripts/kb-plugin.ts); without the ingredient names the matcher needs.
   */
  const classes: readonly import('./compile.ts').ExplainedClass[];
  export default classes;
  /** Each other language's labels and reasons by class id, a module of its own: a page loads the one it speaks. */
  export const translations: Readonly<
    Record<import('./schema.ts').TextLanguage, () => Promise<{ default: Readonly<Record<string, import('./compile.ts').ClassText>> }>>
  >;
}
