import { memberByEmail, isMember } from '../book/owner.js';
import type { GitEnv } from '../git/run-git.js';
import { userEmail } from '../git/git.js';
import type { Team } from '../types/schema.js';
import { UsageError } from '../util/errors.js';
import { plain } from '../util/sanitize.js';

/** The team member who is using vitals: the one whose e-mail is `git config user.email`. */
export async function currentMember(root: string, env: GitEnv, team: Team | undefined): Promise<string | undefined> {
  return memberByEmail(team, await userEmail(root, env));
}

/**
 * Whose book a front end shows (SPEC §6): `--owner`, else the current member (above), else
 * everyone (undefined).
 */
export async function resolveOwner(root: string, env: GitEnv, team: Team | undefined, owner: string | undefined): Promise<string | undefined> {
  return owner !== undefined ? checkOwner(team, owner) : currentMember(root, env, team);
}

/** An `--owner` value, checked against the team: an unknown id is a usage error, not an empty book. */
export function checkOwner(team: Team | undefined, owner: string): string {
  if (!isMember(team, owner)) throw new UsageError(`--owner "${plain(owner)}" is not a member in playbooks/team.yaml`);
  return owner;
}
