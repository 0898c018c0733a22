import { UsageError } from '../util/errors.js';
import { plain } from '../util/sanitize.js';

/** The one sentence every command says for a path given on the command line that is not there. */
export function noSuchFile(path: string): UsageError {
  return new UsageError(`${plain(path)}: no such file or directory`);
}
