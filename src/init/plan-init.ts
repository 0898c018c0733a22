import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { commitMessage } from '../edit/commit-message.js';
import type { WritePlan } from '../edit/plan-edit.js';
import { UsageError } from '../util/errors.js';
import { plain } from '../util/sanitize.js';
import { shippedModel, shippedTemplates } from './shipped-files.js';

/** The folders that make a book: any of them there, and `init` writes nothing. */
const BOOK_FOLDERS = ['accounts', 'playbooks', 'schemas'];

export interface InitPlan extends WritePlan {
  /** Files of the team's own that `init` would otherwise have written (a README, editor settings): left as they are. */
  kept: string[];
  /** Files left out because a folder on their way is a symbolic link (`.vscode` → elsewhere), with that folder. */
  linked: Array<{ file: string; link: string }>;
}

/**
 * What `vitals init` writes into `root`: the model (schemas, playbooks) and the files around it,
 * each new, none replacing anything. A folder that already holds a book, even part of one, is
 * refused whole: the team's model is never overwritten by the shipped one.
 */
export function planInit(root: string, version: string, branch: string): InitPlan {
  const there = BOOK_FOLDERS.filter((dir) => exists(join(root, dir)));
  if (there.length > 0) {
    throw new UsageError(`${plain(root)} already holds a book (${there.map((d) => `${d}/`).join(', ')}), so nothing was written: vitals validate checks it; vitals init needs a folder without one`);
  }
  const templates = shippedTemplates(version, branch);
  const kept = templates.filter((t) => exists(join(root, t.file))).map((t) => t.file);
  // Nothing is written through a link (`.vscode` → elsewhere), which could leave the folder.
  const linked = templates.flatMap((t) => {
    const link = linkOnTheWay(root, t.file);
    return link !== undefined && !kept.includes(t.file) ? [{ file: t.file, link }] : [];
  });
  // git keeps no empty folder: without a file in it, a clone of the new book would have no accounts/.
  const files = [...shippedModel(), { file: 'accounts/.gitkeep', bytes: Buffer.alloc(0) }, ...templates.filter((t) => !kept.includes(t.file) && !linked.some((l) => l.file === t.file))];
  return {
    root,
    kept,
    linked,
    writes: files.map(({ file, bytes }) => ({ file, path: join(root, file), before: undefined, after: bytes })),
    message: commitMessage({
      subject: 'Start the book with vitals init: schemas, playbooks, the CI workflow, editor settings',
      trailers: [['Vitals-Version', version]],
    }),
  };
}

/** The first folder on the way from `root` to `file` that is a symbolic link, if one is. */
function linkOnTheWay(root: string, file: string): string | undefined {
  const parts = file.split('/').slice(0, -1);
  return parts.map((_, i) => parts.slice(0, i + 1).join('/')).find((folder) => {
    try {
      return lstatSync(join(root, folder)).isSymbolicLink();
    } catch {
      return false;
    }
  });
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
