import { thgShop } from './thg.ts';

/** Cult Beauty (THG platform, see thg.ts). Fixtures: tests/fixtures/pages/cultbeauty/*.html. */
export const cultbeauty = thgShop('cultbeauty', ['cultbeauty.co.uk', 'cultbeauty.com']);
