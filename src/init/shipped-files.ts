import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One file `vitals init` writes: its path in the new book and its bytes. */
export interface ShippedFile {
  file: string;
  bytes: Buffer;
}

/**
 * The package's own folder. This file is two levels below it in src/ and dist/ alike, and the
 * bundle (dist/bin/) stands in for every module at that depth, so one relative URL serves all three.
 */
const PACKAGE = fileURLToPath(new URL('../../', import.meta.url));

/** The book's model as this version ships it: every schema and every playbook, byte for byte. */
export function shippedModel(): ShippedFile[] {
  return [...filesIn('schemas', (n) => n.endsWith('.schema.json')), ...filesIn('playbooks', (n) => n.endsWith('.yaml'))];
}

/**
 * What a team's repository gets around the model (templates/book/): the CI workflow, the editor
 * settings, a README. `{{version}}` becomes this version, so CI installs the vitals that made the
 * book, and `{{branch}}` the branch the book is on, which the workflow runs for.
 */
export function shippedTemplates(version: string, branch = 'main'): ShippedFile[] {
  const root = join(PACKAGE, 'templates', 'book');
  const name = branchPattern(branch);
  return walk(root, '').map((file) => ({ file, bytes: Buffer.from(readFileSync(join(root, file), 'utf8').replaceAll('{{version}}', version).replaceAll('{{branch}}', name)) }));
}

/**
 * A branch name as a GitHub branch filter in YAML: the filter's own characters (`*`, `!`, ...)
 * escaped, and quoted unless YAML reads it as the plain name (`1.0`, `true` and `#x` would not).
 */
export function branchPattern(branch: string): string {
  const pattern = branch.replace(/[*?+[\]!\\]/g, '\\$&');
  const plain = /^[A-Za-z][A-Za-z0-9._/-]*$/.test(pattern) && !/^(true|false|yes|no|on|off|null|y|n)$/i.test(pattern);
  return plain ? pattern : `'${pattern.replace(/'/g, "''")}'`;
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as { version: string }).version;
}

function filesIn(dir: string, keep: (name: string) => boolean): ShippedFile[] {
  return readdirSync(join(PACKAGE, dir))
    .filter(keep)
    .sort()
    .map((name) => ({ file: `${dir}/${name}`, bytes: readFileSync(join(PACKAGE, dir, name)) }));
}

function walk(root: string, under: string): string[] {
  return readdirSync(join(root, under))
    .sort()
    .flatMap((name) => {
      const file = under === '' ? name : `${under}/${name}`;
      return statSync(join(root, file)).isDirectory() ? walk(root, file) : [file];
    });
}
