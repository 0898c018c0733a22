import { roleName } from '../book/owner.js';
import { traitKinds } from '../generated/facts.js';
import { didYouMeanHint } from '../util/did-you-mean.js';
import type { AccountEntry, Playbooks, Problem, Severity } from '../book/book.js';
import type { BookChecks } from '../book/checks.js';
import { PLAYBOOK_FILES } from '../book/files.js';
import { positionFinder } from './position-of.js';
import type { BookSource } from './source.js';

type Report = (file: string, path: string, severity: Severity, message: string) => void;

/**
 * The rules no single file's schema can check: references between files, the model's own
 * consistency (SPEC 3.1 (7), 3.2) and the per-account warnings, the last two by the engine's checks
 * handed in. They run on what loaded: the model once, then each account as soon as it is read, so
 * that a large book need not be kept to check it.
 */
export function crossFileRules(source: BookSource, checks: BookChecks, emptied: ReadonlyArray<keyof Playbooks> = []) {
  const at = positionFinder(source);
  const problems: Problem[] = [];
  const report: Report = (file, path, severity, message) => problems.push({ file, ...at(file, path), path, severity, message });
  return {
    problems,
    model(playbooks: Playbooks): void {
      const fileOf = new Map(PLAYBOOK_FILES.map(([name, field]) => [field as string, `playbooks/${name}`]));
      for (const issue of checks.model(playbooks, traitKinds, emptied)) {
        report(fileOf.get(issue.file) ?? 'playbooks', issue.path, issue.severity, issue.message);
      }
    },
    /** The account's errors, and with `warnings` its warnings too. */
    account(account: AccountEntry, playbooks: Playbooks, asOf: string, warnings = true): void {
      for (const issue of accountReferences(account, playbooks, emptied)) report(account.file, issue.path, 'error', issue.message);
      if (!warnings) return;
      for (const issue of checks.accountWarnings(account, playbooks, asOf)) report(account.file, issue.path, 'warning', issue.message);
    },
  };
}

interface Issue {
  path: string;
  message: string;
}

/**
 * An account's errors that its schema cannot see: members, projects, dates against each other.
 * A reference into a playbook file that did not load (`emptied`) is not checked: that file's own
 * error says what is wrong.
 */
export function accountReferences(account: AccountEntry, playbooks: Playbooks, emptied: ReadonlyArray<keyof Playbooks> = []): Issue[] {
  const { data } = account;
  const issues: Issue[] = [];
  // SPEC §2: the owner is a TA, and each account-team slot holds a member of that role.
  const member = (path: string, id: string, what: string, role: string) => {
    const found = playbooks.team.members.find((m) => m.id === id);
    if (!found) {
      const hint = didYouMeanHint(id, playbooks.team.members.map((m) => m.id));
      issues.push({ path, message: `${what} "${id}" is not a member in playbooks/team.yaml${hint}` });
    } else if (found.role !== role) {
      issues.push({ path, message: `${what} "${id}" is ${roleName(found.role)} in playbooks/team.yaml, not ${roleName(role)}` });
    }
  };
  member('/owner', data.owner, 'owner', 'ta');
  for (const [role, id] of Object.entries(data.team ?? {})) if (typeof id === 'string') member(`/team/${role}`, id, role, role);
  (data.tasks ?? []).forEach((task, i) => {
    if (task.project !== undefined && !emptied.includes('projects') && !playbooks.projects.projects.some((p) => p.id === task.project)) {
      const hint = didYouMeanHint(task.project, playbooks.projects.projects.map((p) => p.id));
      issues.push({ path: `/tasks/${i}/project`, message: `project "${task.project}" is not in playbooks/projects.yaml${hint}` });
    }
  });
  if (data.contract.renewal_date < data.contract.close_date) {
    issues.push({ path: '/contract/renewal_date', message: 'renewal date is before the close date' });
  }
  return issues;
}
