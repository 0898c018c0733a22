import { memberByEmail, isMember, NO_NOTE_AUTHOR, roleName } from '../book/owner.js';
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
 * Whose book a front end shows (SPEC §6): `--owner`, else the current member when a TA (only a TA
 * owns accounts, SPEC §2: a manager's or an AE's book would always read "nothing due"), else
 * everyone (undefined).
 */
export async function resolveOwner(root: string, env: GitEnv, team: Team | undefined, owner: string | undefined): Promise<string | undefined> {
  return owner !== undefined ? checkTa(team, owner) : ownerOf(team, undefined, await currentMember(root, env, team));
}

/** `resolveOwner` for a front end that knows the current member already. */
export function ownerOf(team: Team | undefined, owner: string | undefined, me: string | undefined): string | undefined {
  if (owner !== undefined) return checkTa(team, owner);
  return me !== undefined && roleOf(team, me) === 'ta' ? me : undefined;
}

const roleOf = (team: Team | undefined, id: string) => team?.members.find((m) => m.id === id)?.role;

/** An `--owner` value: a member of the team, and a TA, or a usage error. */
export function checkTa(team: Team | undefined, owner: string): string {
  checkOwner(team, owner);
  const role = roleOf(team, owner);
  if (role !== undefined && role !== 'ta') throw new UsageError(`--owner "${plain(owner)}" is ${roleName(role)} in playbooks/team.yaml, not a TA: only a TA owns accounts`);
  return owner;
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
