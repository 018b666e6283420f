declare module 'virtual:class-texts' {
  /**
   * The classes that flag an ingredient (avoid, caution) with what the popup shows of them: label,
   * reason, windows, evidence grade, sources, and the translation of the browser's UI language
   * (compiled from data/classes.json by scripts/kb-plugin.ts); without the ingredient names the matcher needs.
   */
  const classes: readonly import('./class-text.ts').ExplainedClass[];
  export default classes;
}

declare module 'virtual:class-texts' {
  /** The session rules the popup explains (data/session.json), each with its evidence grade and first source. */
  export const session: Record<
    'firstHours' | 'rollingOver',
    { grade: import('../knowledge/types.ts').EvidenceGrade; source: import('../knowledge/types.ts').Source }
  >;
}

declare module 'virtual:class-windows' {
  /** For the options page: each flagging class's pause before a session with its sources, and the session rules. */
  const windows: {
    pauses: Record<string, NonNullable<import('../knowledge/types.ts').KbClass['pause']>>;
    /** Every source of each class's wait after a session (the popup carries the first only). */
    sources: Record<string, import('../knowledge/types.ts').Source[]>;
    session: import('../knowledge/types.ts').SessionRules;
  };
  export default windows;
}
