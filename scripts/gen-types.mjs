// Writes src/types/schema.ts from schemas/*.schema.json. Run with `npm run gen:types`.
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTypes } from './gen-types-lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'src', 'types', 'schema.ts');
await writeFile(target, await generateTypes(join(root, 'schemas')));
console.log(`wrote ${target}`);
