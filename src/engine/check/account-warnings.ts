import type { AccountEntry, Playbooks } from '../../book/book.js';
import { dayNumber } from '../dates/day-number.js';
import { compileModel } from '../model/compile-model.js';
import type { CompiledModel } from '../model/compiled-model.js';
import { scoreAccount } from '../score/score-account.js';
import type { AccountIssue } from './model-issue.js';

const compiled = new WeakMap<Playbooks, CompiledModel>();

/**
 * Per-account validation warnings (SPEC 3.1, 3.3): a renewal date already past, an active champion
 * nobody on the contact list passes the champion test for, generated traits with no export date,
 * an account matching two model variants. The model is compiled once per playbooks object.
 */
export function accountWarnings(entry: AccountEntry, playbooks: Playbooks, asOf: string): AccountIssue[] {
  const issues: AccountIssue[] = [];
  const account = entry.data;
  const day = dayNumber(asOf);
  if (dayNumber(account.contract.renewal_date) < day) {
    issues.push({ path: '/contract/renewal_date', message: 'renewal date passed: update the contract' });
  }
  const traits = (account.traits ?? {}) as Record<string, unknown>;
  if (traits.active_champion === true) {
    const champion = (account.contacts ?? []).some(
      (c) => c.champion_test?.power === true && c.champion_test.sells === true && c.champion_test.vested === true,
    );
    if (!champion) {
      issues.push({
        path: '/traits/active_champion',
        message: 'active_champion is true but no contact passes all three champion tests (power, sells, vested)',
      });
    }
  }
  let model = compiled.get(playbooks);
  if (model === undefined) {
    model = compileModel(playbooks);
    compiled.set(playbooks, model);
  }
  const generated = Object.keys(traits).filter((t) => traits[t] !== undefined && !model.manual.has(t));
  if (generated.length > 0 && account.metrics_as_of === undefined) {
    issues.push({
      path: '/traits',
      message: `generated traits (${generated.join(', ')}) without metrics_as_of: add the export date so their staleness can be checked`,
    });
  }
  if (model.variants.length > 1 && !Number.isNaN(day)) {
    const matched = scoreAccount(model, entry, asOf).explanation.variants_matched;
    if (matched.length > 1) {
      issues.push({ path: '', message: `matches variants ${matched.join(' and ')}: only the first, "${matched[0]}", applies` });
    }
  }
  return issues;
}
