// For the options page, where the person sets their clinic's windows: each class's pause before a session and
// every source of its windows, and the session rules whole (virtual:class-windows, compiled from data/ by
// scripts/kb-plugin.ts), a module of its own so that the popup carries none of it.
export { default } from 'virtual:class-windows';
