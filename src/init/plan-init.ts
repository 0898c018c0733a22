import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { commitMessage } from '../edit/commit-message.js';
import { EditError } from '../edit/edit-error.js';
import type { WritePlan } from '../edit/plan-edit.js';
import { plain } from '../util/sanitize.js';
import { shippedModel, shippedTemplates } from './shipped-files.js';

/** The folders that make a book: any of them there, and `init` writes nothing. */
const BOOK_FOLDERS = ['accounts', 'playbooks', 'schemas'];

export interface InitPlan extends WritePlan {
  /** Files of the team's own that `init` would otherwise have written (a README, editor settings): left as they are. */
  kept: string[];
}

/**
 * What `vitals init` writes into `root`: the model (schemas, playbooks) and the files around it,
 * each new, none replacing anything. A folder that already holds a book, even part of one, is
 * refused whole: the team's model is never overwritten by the shipped one.
 */
export function planInit(root: string, version: string): InitPlan {
  const there = BOOK_FOLDERS.filter((dir) => exists(join(root, dir)));
  if (there.length > 0) {
    throw new EditError(`${plain(root)} already holds a book (${there.map((d) => `${d}/`).join(', ')}), so nothing was written: vitals validate checks it; vitals init needs a folder without one`);
  }
  const templates = shippedTemplates(version);
  const kept = templates.filter((t) => exists(join(root, t.file))).map((t) => t.file);
  const files = [...shippedModel(), ...templates.filter((t) => !kept.includes(t.file))];
  return {
    root,
    kept,
    writes: files.map(({ file, bytes }) => ({ file, path: join(root, file), before: undefined, after: bytes })),
    message: commitMessage({
      subject: 'Start the book with vitals init: schemas, playbooks, the CI workflow, editor settings',
      trailers: [['Vitals-Version', version]],
    }),
  };
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
