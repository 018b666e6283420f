// What the popup shows of the classes that flag (virtual:class-texts, compiled from data/ by
// scripts/kb-plugin.ts): a module of its own, so that a page importing it carries none of the rest.
export { default } from 'virtual:class-texts';
