import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { packageVersion, shippedTemplates } from '../../src/init/shipped-files.js';

/** The workflow as `vitals init` writes it. */
const workflow = () => shippedTemplates(packageVersion()).find((t) => t.file === '.github/workflows/vitals.yml')!.bytes.toString('utf8');

interface Step {
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string>;
  steps: Step[];
  if?: string;
}

describe("the book's CI workflow (.github/workflows/vitals.yml, written by vitals init)", () => {
  it("passes SchemaStore's GitHub workflow schema, which rejects a misspelt key or value", () => {
    expect(validateWorkflow(workflow()).errors).toEqual([]);
    expect(validateWorkflow(workflow().replace('pull-requests: write', 'pull-requests: writ')).errors).not.toEqual([]);
    expect(validateWorkflow(workflow().replace('runs-on:', 'run-on:')).errors).not.toEqual([]);
  });

  it('asks for the least: read the code everywhere, write pull-request comments only in the job that posts one', () => {
    const doc = parse(workflow()) as { on: Record<string, unknown>; permissions: unknown; jobs: Record<string, Job>; env: Record<string, string> };
    expect(doc.permissions).toEqual({ contents: 'read' });
    expect(doc.jobs.validate!.permissions).toBeUndefined();
    expect(doc.jobs.impact!.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(doc.jobs.impact!.if).toBe("github.event_name == 'pull_request'");
    expect(doc.on).toEqual({ pull_request: null, push: { branches: ['main'] } });
  });

  it('installs the vitals that made the book, pinned, and runs validate, then diff against the base, posting one comment', () => {
    const doc = parse(workflow()) as { env: Record<string, string>; jobs: Record<string, Job> };
    expect(doc.env.VITALS_PACKAGE).toMatch(new RegExp(`^github:[\\w-]+/vitals#v${packageVersion().replace(/\./g, '\\.')}$`));
    const runs = (job: string) => doc.jobs[job]!.steps.flatMap((s) => (s.run === undefined ? [] : [s.run]));
    const install = 'npm install --prefix "$RUNNER_TEMP/vitals" --no-save --no-audit --no-fund "$VITALS_PACKAGE"\necho "$RUNNER_TEMP/vitals/node_modules/.bin" >> "$GITHUB_PATH"\n';
    expect(runs('validate')).toEqual([install, 'vitals validate --format github']);
    expect(runs('impact')[0]).toBe(install);
    const impact = runs('impact');
    expect(impact[1]).toBe('vitals diff "origin/$BASE" --format markdown > impact.md');
    // One comment, found by the marker on its first line and edited, rather than one per push.
    expect(impact[2]).toContain('startswith("<!-- vitals-diff -->")');
    expect(impact[2]).toContain('--method PATCH');
    // Nothing a pull request controls is pasted into a script: values reach it through env.
    for (const run of [...runs('validate'), ...impact]) expect(run).not.toContain('${{');
  });
});
