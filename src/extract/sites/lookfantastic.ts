import { thgShop } from './thg.ts';

/** LookFantastic (THG platform, see thg.ts). Fixtures: tests/fixtures/pages/lookfantastic/*.html. */
export const lookfantastic = thgShop('lookfantastic', [
  'lookfantastic.com',
  'lookfantastic.co.uk',
  'lookfantastic.de',
  'lookfantastic.fr',
  'lookfantastic.es',
  'lookfantastic.it',
  'lookfantastic.nl',
]);
