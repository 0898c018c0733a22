import { memberByEmail, isMember } from '../book/owner.js';
import { userEmail } from '../git/git.js';
import type { Team } from '../types/schema.js';
import { UsageError } from '../util/errors.js';
import { plain } from '../util/sanitize.js';

/** The team member who is using vitals: the one whose e-mail is `git config user.email`. */
export function currentMember(root: string, team: Team | undefined): string | undefined {
  return memberByEmail(team, userEmail(root));
}

/**
 * Whose book a front end shows (SPEC §6): `--owner`, else the current member (above), else
 * everyone (undefined).
 */
export function resolveOwner(root: string, team: Team | undefined, owner: string | undefined): string | undefined {
  return owner !== undefined ? checkOwner(team, owner) : currentMember(root, team);
}

/** An `--owner` value, checked against the team: an unknown id is a usage error, not an empty book. */
export function checkOwner(team: Team | undefined, owner: string): string {
  if (!isMember(team, owner)) throw new UsageError(`--owner "${plain(owner)}" is not a member in playbooks/team.yaml`);
  return owner;
}
