import type { Team } from '../types/schema.js';
import { userEmail } from '../git/git.js';
import { UsageError } from '../util/errors.js';
import { plain } from '../util/sanitize.js';
import type { Context } from './context.js';

/**
 * Whose book a command shows (SPEC §6): `--owner`, else the team member whose e-mail is the user's
 * `git config user.email`, else everyone (undefined).
 */
export function resolveOwner(ctx: Context, team: Team | undefined, owner: string | undefined): string | undefined {
  if (owner !== undefined) return checkOwner(team, owner);
  const email = userEmail(ctx.root)?.toLowerCase();
  return email === undefined ? undefined : team?.members.find((m) => m.email.toLowerCase() === email)?.id;
}

/** An `--owner` value, checked against the team: an unknown id is a usage error, not an empty book. */
export function checkOwner(team: Team | undefined, owner: string): string {
  if (team && !team.members.some((m) => m.id === owner)) {
    throw new UsageError(`--owner "${plain(owner)}" is not a member in playbooks/team.yaml`);
  }
  return owner;
}
