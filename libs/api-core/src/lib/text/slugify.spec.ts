import { slugify } from './slugify';

describe('slugify', () => {
  it.each([
    ['Summit AL Gravel Bike', 'summit-al-gravel-bike'],
    ['Torque Wrench 2-20 Nm', 'torque-wrench-2-20-nm'],
    ['Vélo de Route — Édition', 'velo-de-route-edition'],
    ['  --Spoke & Wrench!!  ', 'spoke-wrench'],
  ])('%s → %s', (name, slug) => expect(slugify(name)).toBe(slug));
});
