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
  export const translations: Readonly<Record<import('./schema.ts').TextLanguage, () => Promise<{ default: Readonly<Record<string, import('./compile.ts').ClassText>> }>>>;
  /** The session rules a page explains (data/session.json), each with its evidence grade and first source. */
  export const session: Readonly<Record<'firstHours' | 'rollingOver', { grade: import('./types.ts').EvidenceGrade; source: import('./types.ts').Source }>>;
}

declare module 'virtual:class-windows' {
  /** For the options page: each flagging class's pause before a session and all its sources, and the session rules. */
  const windows: {
    pauses: Readonly<Record<string, NonNullable<import('./types.ts').KbClass['pause']>>>;
    /** Every source of each class's wait after a session (virtual:class-texts carries one at most). */
    sources: Readonly<Record<string, import('./types.ts').Source[]>>;
    session: import('./types.ts').SessionRules;
  };
  export default windows;
}
