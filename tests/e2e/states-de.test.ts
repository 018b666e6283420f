import { statesTour } from './states.ts';

// The same in German: Chromium runs with --lang=de (Debian's chromium-l10n gives it the language).
statesTour('de');
