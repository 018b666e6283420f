import { thgShop } from './thg.ts';

/** Dermstore (THG platform, see thg.ts). Fixtures: tests/fixtures/pages/dermstore/*.html. */
export const dermstore = thgShop('dermstore', ['dermstore.com']);
