import type { Team } from '../types/schema.js';

/** The id of the team member with this e-mail (compared without case), or undefined. */
export function memberByEmail(team: Team | undefined, email: string | undefined): string | undefined {
  if (email === undefined) return undefined;
  const wanted = email.toLowerCase();
  return team?.members.find((m) => m.email.toLowerCase() === wanted)?.id;
}

/** `an AE`, `a TA`, `a manager`: team roles as people say them. */
export function roleName(role: string): string {
  const name = role === 'manager' ? role : role.toUpperCase();
  return /^[AEIOU]/.test(name) ? `an ${name}` : `a ${name}`;
}

/** Whether the id is a member of the team (true when the team did not load: nothing to check against). */
export function isMember(team: Team | undefined, id: string): boolean {
  return !team || team.members.some((m) => m.id === id);
}

/**
 * Why a note is refused: nobody to sign it (no member has the user's git e-mail, and no --author).
 * Said the same by `vitals note` and the review, which has no --author to give.
 */
export const NO_NOTE_AUTHOR =
  'who wrote this note? no member in playbooks/team.yaml has your git user.email: set it to yours (git config user.email), or write the note with vitals note --author ID';
