import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheEnv, tempBook, vitals } from '../helpers/book.js';

// Edits outside git (written, not committed): what is under test is which playbooks they use.
const AS_OF = ['--as-of', '2026-11-22'];

const set = (dir: string, env: Record<string, string>, change: string) => vitals(['set', '--repo', dir, ...AS_OF, 'acme', change], env);
const scoreLine = (stdout: string) => stdout.split('\n').find((l) => l.startsWith('score '));

describe('the playbooks cache of edits', () => {
  it('answers the second edit as the playbooks themselves would', async () => {
    const dir = tempBook();
    const env = cacheEnv();
    const first = await set(dir, env, 'versions_behind=5');
    expect(first.code).toBe(0);
    expect(readdirSync(join(env.XDG_CACHE_HOME!, 'vitals')).some((n) => n.startsWith('playbooks-'))).toBe(true);
    const cached = await set(dir, env, 'versions_behind=1');
    writeFileSync(join(dir, 'accounts', 'acme.yaml'), readFileSync(join(dir, 'accounts', 'acme.yaml'), 'utf8').replace('versions_behind: 1', 'versions_behind: 5'));
    const uncached = await set(dir, {}, 'versions_behind=1');
    expect(cached.code).toBe(0);
    expect(cached.stdout.replace(/\n.*not committed.*/, '')).toBe(uncached.stdout.replace(/\n.*not committed.*/, ''));
  });

  it('takes the second edit\'s playbooks from the cache, not from the files', async () => {
    const dir = tempBook();
    const env = cacheEnv();
    await set(dir, env, 'versions_behind=5');
    // Change what the cache holds, not its key: only an edit that reads the cache can see it.
    const folder = join(env.XDG_CACHE_HOME!, 'vitals');
    const name = readdirSync(folder).find((n) => n.startsWith('playbooks-'))!;
    const stored = JSON.parse(readFileSync(join(folder, name), 'utf8')) as { key: string; value: { health: { categories: Array<{ id: string; weight: number }> } } };
    for (const category of stored.value.health.categories) category.weight = category.id === 'technical_health' ? 95 : 5 / 3;
    writeFileSync(join(folder, name), JSON.stringify(stored));
    const fromCache = await set(dir, env, 'versions_behind=1');
    writeFileSync(join(dir, 'accounts', 'acme.yaml'), readFileSync(join(dir, 'accounts', 'acme.yaml'), 'utf8').replace('versions_behind: 1', 'versions_behind: 5'));
    const fromFiles = await set(dir, {}, 'versions_behind=1');
    expect(fromCache.code).toBe(0);
    expect(scoreLine(fromCache.stdout)).not.toBe(scoreLine(fromFiles.stdout));
  });

  it('uses a playbook changed since it was cached: new weights, a trait no longer manual', async () => {
    const dir = tempBook();
    const env = cacheEnv();
    await set(dir, env, 'versions_behind=5');
    const model = join(dir, 'playbooks', 'health-score.yaml');
    writeFileSync(model, readFileSync(model, 'utf8').replace('weight: 15', 'weight: 25').replace('weight: 25\n    description: A true', 'weight: 15\n    description: A true'));
    const withCache = await set(dir, env, 'versions_behind=1');
    writeFileSync(join(dir, 'accounts', 'acme.yaml'), readFileSync(join(dir, 'accounts', 'acme.yaml'), 'utf8').replace('versions_behind: 1', 'versions_behind: 5'));
    const fresh = await set(dir, {}, 'versions_behind=1');
    expect(scoreLine(withCache.stdout)).toBe(scoreLine(fresh.stdout));
    // ce_pulse without max_age_days is no longer manual: setting it stamps no review date.
    writeFileSync(model, readFileSync(model, 'utf8').replace('poor: { in: [poor] }, max_age_days: 45 }', 'poor: { in: [poor] } }'));
    const pulse = await set(dir, env, 'ce_pulse=poor');
    expect(pulse.code).toBe(0);
    expect(pulse.stdout).not.toContain('reviewed');
    expect(readFileSync(join(dir, 'accounts', 'acme.yaml'), 'utf8')).toMatch(/ce_pulse: poor/);
  });

  it('keeps no playbooks with an error: every edit refuses until they are fixed', async () => {
    const dir = tempBook();
    const env = cacheEnv();
    const team = join(dir, 'playbooks', 'team.yaml');
    const good = readFileSync(team, 'utf8');
    writeFileSync(team, `${good}\nnot_a_key: 1\n`);
    for (let i = 0; i < 2; i++) {
      const refused = await set(dir, env, 'versions_behind=5');
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain('the playbooks do not load');
    }
    expect(existsSync(join(env.XDG_CACHE_HOME!, 'vitals'))).toBe(false);
    writeFileSync(team, good);
    expect((await set(dir, env, 'versions_behind=5')).code).toBe(0);
  });
});
