// The knowledge base compiled from data/ into this build (scripts/kb-plugin.ts): the worker's matcher, the
// avoid-list editor and the OCR page take it from here, as data/ is src/knowledge's to load.
export { default } from 'virtual:knowledge-base';
