import { didYouMeanHint } from '../util/did-you-mean.js';
import { plain } from '../util/sanitize.js';

/** The one sentence every command says for an account id that is not in the book, with a guess. */
export function noAccount(id: string, known: readonly string[]): string {
  return `no account "${plain(id)}" in the book${didYouMeanHint(id, known)}`;
}
