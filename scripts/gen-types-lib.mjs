// Generates src/types/schema.ts from schemas/*.schema.json, the single source of truth for file shapes.
//
// json-schema-to-typescript, given schemas that $ref each other, declares a referenced type again in
// every file that uses it (Condition, Condition1, ...). So we compile each named schema on its own and
// turn every $ref into a reference by name (`tsType`): each type is declared exactly once, in a fixed
// order, and the output is the same on every run.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compile } from 'json-schema-to-typescript';

/** Schema files in output order: shared definitions first, then the account, then the playbooks. */
export const SCHEMA_FILES = [
  'common.schema.json',
  'account.schema.json',
  'health-model.schema.json',
  'lifecycle.schema.json',
  'segments.schema.json',
  'scenarios.schema.json',
  'cadences.schema.json',
  'projects.schema.json',
  'team.schema.json',
  'calendar.schema.json',
];

export const BANNER = `/**
 * Generated from schemas/*.schema.json by scripts/gen-types.mjs. Do not edit by hand:
 * change the schema, then run \`npm run gen:types\` (test/schema-types.test.ts fails when this file drifts).
 */`;

/** Keywords that describe a schema document rather than a type. */
const DOCUMENT_KEYWORDS = ['$schema', '$id', '$defs'];

/** @param {string} schemasDir */
export async function loadSchemas(schemasDir) {
  const schemas = new Map();
  for (const file of SCHEMA_FILES) {
    schemas.set(file, JSON.parse(await readFile(join(schemasDir, file), 'utf8')));
  }
  return schemas;
}

/**
 * The TypeScript name of every $ref target, keyed by its absolute ref ("common.schema.json#/$defs/date").
 * @param {Map<string, any>} schemas
 */
function typeNamesByRef(schemas) {
  const names = new Map();
  for (const [file, schema] of schemas) {
    names.set(file, schema.title);
    for (const [key, def] of Object.entries(schema.$defs ?? {})) {
      if (typeof def.title !== 'string') throw new Error(`${file}#/$defs/${key} needs a title: it names the generated type`);
      names.set(`${file}#/$defs/${key}`, def.title);
    }
  }
  return names;
}

/** Keywords whose values are data, not schemas: left as they are. */
const DATA_KEYWORDS = ['examples', 'enum', 'const', 'default'];
/** Keywords whose values are maps from a property name to a schema. */
const SCHEMA_MAP_KEYWORDS = ['properties', 'patternProperties', '$defs'];
/** Keywords that only document a schema; a schema with nothing else accepts any value. */
const ANNOTATION_KEYWORDS = ['title', 'description', 'examples', 'default', '$comment'];

/** Replaces every $ref with a reference to the target's type by name, keeping sibling keywords. */
function refsToNames(schema, file, names) {
  if (Array.isArray(schema)) return schema.map((item) => refsToNames(item, file, names));
  if (schema === null || typeof schema !== 'object') return schema;
  // An annotations-only schema (e.g. the `^x_` keys of an account) accepts anything: say `unknown`,
  // which json-schema-to-typescript would otherwise render as an object type.
  if (Object.keys(schema).every((key) => ANNOTATION_KEYWORDS.includes(key))) return { ...schema, tsType: 'unknown' };
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref') {
      const ref = value.startsWith('#') ? `${file}${value}` : value;
      const name = names.get(ref);
      if (!name) throw new Error(`${file}: $ref ${value} does not name a titled schema`);
      out.tsType = name;
    } else if (DATA_KEYWORDS.includes(key)) {
      out[key] = value;
    } else if (SCHEMA_MAP_KEYWORDS.includes(key)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, refsToNames(v, file, names)]));
    } else {
      out[key] = refsToNames(value, file, names);
    }
  }
  return out;
}

/** @param {any} schema */
function withoutDocumentKeywords(schema) {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => !DOCUMENT_KEYWORDS.includes(key)));
}

/**
 * The named schemas to declare, in order: for each file its top-level schema (except common's, which
 * only holds definitions) and then its $defs.
 * @param {Map<string, any>} schemas
 */
function namedSchemas(schemas) {
  const units = [];
  for (const [file, schema] of schemas) {
    if (file !== 'common.schema.json') units.push({ file, schema: withoutDocumentKeywords(schema) });
    for (const def of Object.values(schema.$defs ?? {})) units.push({ file, schema: def });
  }
  return units;
}

/**
 * json-schema-to-typescript types the keys of `patternProperties: {"^x_": ...}` as `[k: string]`, which
 * would let any misspelt property through the type checker. A literal-prefix pattern becomes a template
 * literal index signature instead (`[k: \`x_${string}\`]`), so only `x_` keys are open.
 * @param {string} ts
 */
function prefixIndexSignatures(ts) {
  return ts.replace(
    /(via the `patternProperty` "\^([A-Za-z0-9_]+)"\.\n\s*\*\/\n\s*)\[k: string\]/g,
    (_, comment, prefix) => `${comment}[k: \`${prefix}\${string}\`]`,
  );
}

/**
 * The content of src/types/schema.ts.
 * @param {string} schemasDir
 * @returns {Promise<string>}
 */
export async function generateTypes(schemasDir) {
  const schemas = await loadSchemas(schemasDir);
  const names = typeNamesByRef(schemas);
  const parts = [];
  for (const { file, schema } of namedSchemas(schemas)) {
    const ts = await compile(refsToNames(schema, file, names), schema.title, {
      bannerComment: '',
      additionalProperties: false,
      declareExternallyReferenced: true,
      unknownAny: true,
      format: true,
      style: { singleQuote: true, printWidth: 110 },
    });
    parts.push(prefixIndexSignatures(ts.trim()));
  }
  return `${BANNER}\n\n${parts.join('\n\n')}\n`;
}
