import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempBook, vitals } from '../helpers/book.js';

const AS_OF = ['--as-of', '2026-11-22'];
const MODEL = 'playbooks/health-score.yaml';

/** A book whose health model has `from` replaced by `to` (each must occur once). */
function bookWithModel(...changes: Array<[from: string, to: string]>): string {
  const repo = tempBook();
  const file = join(repo, MODEL);
  let text = readFileSync(file, 'utf8');
  for (const [from, to] of changes) {
    expect(text.split(from)).toHaveLength(2);
    text = text.replace(from, to);
  }
  writeFileSync(file, text);
  return repo;
}

const METRICS = 'metrics:                                # derived metrics, usable wherever a trait is\n';

describe("the model's mistakes are errors at their line (SPEC 3.1 (7), 3.2)", () => {
  it.each([
    [
      'metrics in a loop of three',
      [[METRICS, `${METRICS}  m_a: { ratio: [m_b, seats] }\n  m_b: { ratio: [m_c, seats] }\n  m_c: { ratio: [m_a, seats] }\n`]],
      11, 'metrics refer to each other in a loop (m_a → m_b → m_c → m_a): none of them can be computed',
    ],
    ['a metric defined by itself', [[METRICS, `${METRICS}  m_a: { ratio: [m_a, seats] }\n`]], 9, 'metric "m_a" is defined by itself'],
    ['a ratio over a word', [[METRICS, `${METRICS}  m_a: { ratio: [ce_pulse, seats] }\n`]], 9, 'a ratio needs numbers, but "ce_pulse" holds a word'],
    ['days_since over a number', [[METRICS, `${METRICS}  m_a: { days_since: versions_behind }\n`]], 9, 'days_since needs a date, but "versions_behind" holds a number'],
    ['a metric named like a trait', [[METRICS, `${METRICS}  versions_behind: { ratio: [mau_last_month, seats] }\n`]], 9, 'metric "versions_behind" has the name of a trait: it would hide the trait\'s value, so rename the metric'],
    ['eq: two on a number', [['healthy: { lte: 2 },  poor: { gt: 4 }', 'healthy: { eq: two },  poor: { gt: 4 }']], 30, 'eq "two" can never match: versions_behind holds a number'],
    ['an ordering on true/false', [['{ trait: active_champion, healthy: { eq: true }', '{ trait: active_champion, healthy: { gt: 0 }']], 39, 'gt can never hold: active_champion holds true or false, which has no order'],
    ['in: [yes] on true/false, in a guardrail condition', [['{ when: { status: ce_pulse, in: [poor] }', '{ when: { metric: access_to_buyer, in: [yes] }']], 0, 'in "yes" can never match: access_to_buyer holds true or false'],
  ] as Array<[string, Array<[string, string]>, number, string]>)('%s', async (_name, changes, line, message) => {
    const repo = bookWithModel(...changes);
    const { code, stdout } = await vitals(['validate', '--repo', repo, '--format', 'json', ...AS_OF]);
    expect(code).toBe(1);
    const problems = (JSON.parse(stdout).problems as Array<{ file: string; line: number; severity: string; message: string }>).filter((p) => p.file === MODEL);
    const guardrailLine = readFileSync(join(repo, MODEL), 'utf8').split('\n').findIndex((l) => l.includes('access_to_buyer, in: [yes]')) + 1;
    expect(problems).toEqual([expect.objectContaining({ line: line || guardrailLine, severity: 'error', message })]);
    const human = await vitals(['validate', '--repo', repo, ...AS_OF]);
    expect(human.stdout).toContain(`${MODEL}:${line || guardrailLine}:`);
  });

  it('the shipped model has none of these mistakes', async () => {
    const { code } = await vitals(['validate', '--repo', tempBook(), ...AS_OF]);
    expect(code).toBe(0);
  });
});
