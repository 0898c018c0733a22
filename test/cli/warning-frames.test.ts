import { describe, expect, it } from 'vitest';
import { tempBook, validAccount, vitals } from '../helpers/book.js';

const AS_OF = ['--as-of', '2026-11-22'];
const noChampion = validAccount.replace('power: true', 'power: false');

describe('validate on a book where most accounts carry a warning', () => {
  it('lists every warning at its line, with code frames for the first 20 and for every error', async () => {
    const files: Record<string, string> = { 'accounts/zz-bad.yaml': noChampion.replace('seats: 500', 'seats: many') };
    for (let i = 0; i < 30; i++) files[`accounts/w-${String(i).padStart(2, '0')}.yaml`] = noChampion;
    const { code, stdout } = await vitals(['validate', '--repo', tempBook(files), ...AS_OF]);
    expect(code).toBe(1);
    const warnings = stdout.split('\n').filter((l) => /^accounts\/w-\d\d\.yaml:14:20  warning  active_champion is true but no contact passes/.test(l));
    expect(warnings).toHaveLength(30);
    expect(stdout.match(/^> 14 \|   active_champion: true$/gm)).toHaveLength(20);
    expect(stdout).toContain('accounts/zz-bad.yaml:7:8  error  expected an integer, got "many"\n  6 | arr: 120000\n> 7 | seats: many');
    expect(stdout).toContain('40 files checked: 1 error, 30 warnings');
  });
});
