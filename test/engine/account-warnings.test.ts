import { describe, expect, it } from 'vitest';
import { accountWarnings } from '../../src/engine/index.js';
import { AS_OF, day, entry, shippedPlaybooks, trait, withHealth, type Change } from './fixtures.js';

const champion: Change = (a) => void (a.contacts = [{ name: 'Pat', role: 'champion', champion_test: { power: true, sells: true, vested: true } }]);
const warnings = (change?: Change, playbooks = shippedPlaybooks()) =>
  accountWarnings(entry((a) => { champion(a); change?.(a); }), playbooks, AS_OF);

describe('accountWarnings', () => {
  it('none for a sound account', () => {
    expect(warnings()).toEqual([]);
  });

  it('renewal date passed: the day before as-of, not on it', () => {
    expect(warnings((a) => void (a.contract.renewal_date = day(-1)))).toEqual([
      { path: '/contract/renewal_date', message: 'renewal date passed: update the contract' },
    ]);
    expect(warnings((a) => void (a.contract.renewal_date = AS_OF))).toEqual([]);
  });

  it('active champion without a contact passing all three tests', () => {
    const partial: Change = (a) => void (a.contacts = [{ name: 'Pat', role: 'champion', champion_test: { power: true, sells: true } }]);
    expect(warnings(partial)).toEqual([expect.objectContaining({ path: '/traits/active_champion' })]);
    expect(warnings((a) => { partial(a); trait('active_champion', false)(a); })).toEqual([]);
  });

  it('generated traits without metrics_as_of', () => {
    expect(warnings((a) => void delete a.metrics_as_of)).toEqual([expect.objectContaining({ path: '/traits', message: expect.stringMatching(/^generated traits \(versions_behind/) })]);
    expect(warnings((a) => { delete a.metrics_as_of; a.traits = { ce_pulse: 'healthy' }; })).toEqual([]);
  });

  it('an account matching two variants', () => {
    const p = withHealth((h) => {
      h.variants = [
        { id: 'first', when: { metric: 'arr', gte: 100000 }, weights: {} },
        { id: 'second', when: { segment: ['enterprise'] }, weights: {} },
      ];
    });
    expect(warnings(undefined, p)).toEqual([{ path: '', message: 'matches variants first and second: only the first, "first", applies' }]);
    expect(warnings((a) => void (a.arr = 1000), p)).toEqual([]);
  });
});
