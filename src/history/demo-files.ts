import { readdirSync, readFileSync } from 'node:fs';

// Every built file sits two folders below the package root (src/history/, dist/bin/), so the
// shipped schemas and playbooks are found the same way from the sources and from the bundle.
const shipped = (folder: string) => new URL(`../../${folder}/`, import.meta.url);

/** The shipped schemas and playbooks, by their path in a book. */
export function shippedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const folder of ['schemas', 'playbooks']) {
    for (const name of readdirSync(shipped(folder)).sort()) files.set(`${folder}/${name}`, readFileSync(new URL(name, shipped(folder)), 'utf8'));
  }
  return files;
}
