// Writes a git history for the log bench that is not `vitals demo`'s own: a book of N accounts,
// then C commits each rewriting 1–20 random accounts (new traits, contract, notes), and every
// 100th commit a weight change; optionally in sub-folders of accounts/. Five commits a weekday, so time passes too. Seeded: every run
// times the same history. Written through one `git fast-import`.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { accountYaml, rng } from './generate-book.mjs';

const DAY = 86_400;

export function generateHistory(dir, { accounts = 1000, commits = 1000, seed = 7, playbooks, groups = 0 }) {
  const r = rng(seed);
  const shipped = new Map(readdirSync(playbooks).map((name) => [`playbooks/${name}`, readFileSync(join(playbooks, name), 'utf8')]));
  const health = shipped.get('playbooks/health-score.yaml');
  const out = [];
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}`;
  let day = Date.UTC(2025, 0, 6) / 1000;
  const commit = (message, files, n) => {
    const when = `${day + 9 * 3600 + n * 1800} +0000`;
    out.push(`commit refs/heads/main\nauthor Bench <bench@vitals.example> ${when}\ncommitter Bench <bench@vitals.example> ${when}\n${data(message)}\n`);
    for (const [path, text] of files) out.push(`M 100644 inline ${path}\n${data(text)}\n`);
    out.push('\n');
  };
  // With groups, accounts/<group>/<id>.yaml (SPEC §2's layout for large teams).
  const id = (i) => `accounts/${groups ? `group-${String(i % groups).padStart(3, '0')}/` : ''}account-${String(i).padStart(5, '0')}.yaml`;
  const initial = new Map(shipped);
  for (let i = 1; i <= accounts; i++) initial.set(id(i), accountYaml(r, i));
  commit('book', initial, 0);
  for (let c = 1; c <= commits; c++) {
    if (c % 5 === 0) day += new Date(day * 1000).getUTCDay() === 5 ? 3 * DAY : DAY;
    const files = new Map();
    const changed = 1 + Math.floor(r() * 20);
    for (let k = 0; k < changed; k++) {
      const i = 1 + Math.floor(r() * accounts);
      files.set(id(i), accountYaml(r, i));
    }
    if (c % 100 === 0) {
      const heavier = (c / 100) % 2 === 1;
      files.set('playbooks/health-score.yaml', heavier ? health.replace(/weight: 25\b/, 'weight: 35').replace(/weight: 55\b/, 'weight: 45') : health);
    }
    commit(`change ${c}`, files, c % 5);
  }
  run(dir, ['init', '-q', '-b', 'main']);
  run(dir, ['fast-import', '--quiet'], out.join(''));
  run(dir, ['reset', '-q', '--hard']);
  return dir;
}

function run(dir, args, input) {
  const result = spawnSync('git', args, { cwd: dir, input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`git ${args[0]}: ${result.stderr}`);
}
