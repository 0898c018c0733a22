import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { wrap } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/book.js';

// The bin runs the bundle through the V8 code cache the build wrote (src/cli/bin.cjs).
const bin = join(repoRoot, 'dist', 'bin');
const cacheName = () => readdirSync(bin).find((name) => /^bundle\.cjs\.[\w-]+\.cache$/.test(name));
const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the code cache of the bin', () => {
  it('is made by the build for this Node, which accepts it', () => {
    const name = cacheName();
    expect(name, 'npm run build writes dist/bin/bundle.cjs.<build id>.cache').toBeDefined();
    const source = readFileSync(join(bin, 'bundle.cjs'), 'utf8');
    expect(source.trimEnd().endsWith(`//# vitals-build=${name!.slice('bundle.cjs.'.length, -'.cache'.length)}`)).toBe(true);
    // Made under other V8 flags, or by another Node, the cache would be rejected: every command compiles again.
    const script = new vm.Script(wrap(source), { filename: join(bin, 'bundle.cjs'), cachedData: readFileSync(join(bin, name!)) });
    expect(script.cachedDataRejected).toBe(false);
  });

  it('runs a bundle without import(), which a compiled script has none of in Node 20', () => {
    // The TUI is imported by dist/bin/tui-import.cjs instead: an import() left in the bundle fails
    // only when its command runs ("A dynamic import callback was not specified").
    const source = readFileSync(join(bin, 'bundle.cjs'), 'utf8');
    expect(source.match(/\bimport\(/g) ?? []).toEqual([]);
    expect(readFileSync(join(bin, 'tui-import.cjs'), 'utf8')).toContain("import('./tui.mjs')");
  });

  it("is never offered to another build's bundle, even one of the same length", () => {
    // V8 checks a cache only against the length of the source: a stale cache of the same length
    // would run the old build's code.
    const copy = mkdtempSync(join(tmpdir(), 'vitals-code-cache-'));
    scratch.push(copy);
    cpSync(bin, copy, { recursive: true });
    const source = readFileSync(join(copy, 'bundle.cjs'), 'utf8');
    const id = /vitals-build=([\w-]+)\s*$/.exec(source)![1]!;
    const otherId = id.slice(0, -1) + (id.endsWith('1') ? '2' : '1');
    const other = source.replace('the version', 'THE VERSION').replace(`vitals-build=${id}`, `vitals-build=${otherId}`);
    expect(other).toHaveLength(source.length);
    writeFileSync(join(copy, 'bundle.cjs'), other);
    const result = spawnSync(process.execPath, [join(copy, 'vitals.cjs'), '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('-V, --version       THE VERSION');
  });

  it('is not needed: without it the bin compiles the bundle and runs the same', () => {
    const copy = mkdtempSync(join(tmpdir(), 'vitals-code-cache-'));
    scratch.push(copy);
    cpSync(join(repoRoot, 'dist'), join(copy, 'dist'), { recursive: true });
    for (const name of ['package.json', 'schemas', 'playbooks', 'accounts']) cpSync(join(repoRoot, name), join(copy, name), { recursive: true });
    const args = ['score', '--format', 'json', '--repo', join(copy), '--as-of', '2026-11-22'];
    const withCache = spawnSync(process.execPath, [join(copy, 'dist', 'bin', 'vitals.cjs'), ...args], { encoding: 'utf8' });
    rmSync(join(copy, 'dist', 'bin', cacheName()!));
    const without = spawnSync(process.execPath, [join(copy, 'dist', 'bin', 'vitals.cjs'), ...args], { encoding: 'utf8' });
    expect(without.status).toBe(withCache.status);
    expect(without.stdout).toBe(withCache.stdout);
    expect(JSON.parse(without.stdout).accounts.length).toBeGreaterThan(0);
  });
});
