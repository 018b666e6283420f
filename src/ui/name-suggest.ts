import Fuse from 'fuse.js';

// Autocomplete for the personal avoid list over the knowledge base's canonical names: typo-tolerant
// (Fuse), but a name that starts with what was typed always comes first.

export function createNameSuggester(names: string[]): (query: string, limit?: number) => string[] {
  const unique = [...new Set(names)];
  const fuse = new Fuse(unique, { threshold: 0.3, ignoreLocation: true, minMatchCharLength: 2 });
  return (query, limit = 8) => {
    const q = query.trim().toLowerCase();
    if (q.length < 2) return [];
    const prefixed = unique.filter((n) => n.toLowerCase().startsWith(q));
    const fuzzy = fuse.search(q, { limit: limit * 2 }).map((r) => r.item);
    return [...new Set([...prefixed.slice(0, limit), ...fuzzy])].slice(0, limit);
  };
}
