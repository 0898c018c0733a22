import { describe, expect, it } from 'vitest';
import { idFromName } from '../../src/edit/import/account-ids.js';

describe('an id from an account name (import --create)', () => {
  it('writes letters without their accents, and the Latin letters that have none as their spelling', () => {
    expect(idFromName('Café Noir S.A.')).toBe('cafe-noir-s-a');
    expect(idFromName('Straße Logistik GmbH')).toBe('strasse-logistik-gmbh');
    expect(idFromName('Søren & Ærø Œuvre Łódź Þing')).toBe('soren-aero-oeuvre-lodz-thing');
    expect(idFromName('株式会社')).toBeUndefined();
  });
});
