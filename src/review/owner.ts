import { memberByEmail, isMember, NO_NOTE_AUTHOR } from '../book/owner.js';
import type { GitEnv } from '../git/run-git.js';
import { userEmail, userName } from '../git/git.js';
import type { Team } from '../types/schema.js';
import { UsageError } from '../util/errors.js';
import { didYouMeanHint } from '../util/did-you-mean.js';
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
export function checkOwner(team: Team | undefined, owner: string, option = '--owner'): string {
  if (!isMember(team, owner)) {
    const hint = didYouMeanHint(owner, team?.members.map((m) => m.id) ?? []);
    throw new UsageError(`${option} "${plain(owner)}" is not a member in playbooks/team.yaml${hint}`);
  }
  return owner;
}

// A note's author is a member id in the file's schema: a git user.name is used only when it is one.
const MEMBER_ID = /^[a-z][a-z0-9_-]{0,31}$/;

/**
 * Who wrote a note: `--author`, else the team member with the user's git e-mail, else the git
 * user.name when it reads as a member id. Never the account's owner: a note signed by someone who
 * did not write it is a false record, so without any of these the note is refused.
 */
export async function noteAuthor(root: string, env: GitEnv, team: Team | undefined, author: string | undefined): Promise<string> {
  if (author !== undefined) return checkOwner(team, author, '--author');
  const member = await currentMember(root, env, team);
  if (member !== undefined) return member;
  const name = await userName(root, env);
  if (name !== undefined && MEMBER_ID.test(name)) return name;
  throw new UsageError(NO_NOTE_AUTHOR);
}
