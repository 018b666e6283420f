import { statesTour } from './states.ts';

// The popup's states and the options page in English (the browser's language here).
statesTour('en');
