import { readdirSync, readFileSync } from 'node:fs';
import { parseSimple } from '../dist/load/simple-yaml.js';
const dir = '/tmp/bb/accounts';
const texts = readdirSync(dir).slice(0, 3000).map((n) => readFileSync(dir + '/' + n, 'utf8'));
const jsons = texts.map((x) => JSON.stringify(parseSimple(x).value));
for (let k = 0; k < 3; k++) {
let t = process.hrtime.bigint();
for (const x of texts) parseSimple(x);
const a = Number(process.hrtime.bigint() - t) / 3000 / 1000;
t = process.hrtime.bigint();
for (const x of jsons) JSON.parse(x);
const b = Number(process.hrtime.bigint() - t) / 3000 / 1000;
console.log('simple', a.toFixed(1), 'json', b.toFixed(1), 'µs');
}
