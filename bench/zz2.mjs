import { readdirSync, readFileSync } from 'node:fs';
import { parseSimple } from '../dist/load/simple-yaml.js';
const dir = '/tmp/bb/accounts';
const texts = readdirSync(dir).slice(0, 3000).map((n) => readFileSync(dir + '/' + n, 'utf8'));
for (let k = 0; k < 10; k++) for (const x of texts) parseSimple(x);
