import { readFileSync } from 'node:fs';

/** The shape of a trait's value, as the account schema declares it. */
export type TraitKind =
  | { type: 'boolean' }
  | { type: 'integer' | 'number'; minimum?: number }
  | { type: 'date' }
  | { type: 'enum'; values: string[] };

interface SchemaNode {
  $ref?: string;
  type?: string;
  enum?: string[];
  format?: string;
  minimum?: number;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  $defs?: Record<string, SchemaNode>;
}

let schemas: { account: SchemaNode; common: SchemaNode } | undefined;

/**
 * The account schema, read as data: the one source of what each trait holds and the order keys are
 * written in. Two small JSON files (~1 ms); the validator itself stays the build-time compiled one.
 */
function loaded(): { account: SchemaNode; common: SchemaNode } {
  const read = (name: string) => JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8')) as SchemaNode;
  return (schemas ??= { account: read('account.schema.json'), common: read('common.schema.json') });
}

function resolve(node: SchemaNode): SchemaNode {
  if (node.$ref === undefined) return node;
  const { account, common } = loaded();
  const [file, pointer] = node.$ref.split('#');
  const base = file === 'common.schema.json' ? common : account;
  const name = pointer!.replace('/$defs/', '');
  return resolve({ ...base.$defs![name]!, ...withoutRef(node) });
}

function withoutRef(node: SchemaNode): SchemaNode {
  const { $ref: _, ...rest } = node;
  return rest;
}

/** What a trait holds, or undefined when the schema has no such trait. */
export function traitKind(trait: string): TraitKind | undefined {
  const traits = loaded().account.properties!.traits!.properties!;
  if (!Object.hasOwn(traits, trait)) return undefined;
  const node = resolve(traits[trait]!);
  if (node.enum) return { type: 'enum', values: node.enum };
  if (node.format === 'date') return { type: 'date' };
  if (node.type === 'boolean') return { type: 'boolean' };
  if (node.type === 'integer' || node.type === 'number') {
    return node.minimum === undefined ? { type: node.type } : { type: node.type, minimum: node.minimum };
  }
  throw new Error(`the account schema gives trait ${trait} a type vitals cannot edit`);
}

/** Every trait the schema knows, in its order. */
export function traitOrder(): string[] {
  return Object.keys(loaded().account.properties!.traits!.properties!);
}

/**
 * The order the schema lists a mapping's keys in, for the mapping at `path` in an account
 * (`[]` the top level, `['traits']`, `['tasks', 0]`): new keys are written where a person
 * following the documentation would put them.
 */
export function keyOrder(path: ReadonlyArray<string | number>): readonly string[] {
  let node: SchemaNode | undefined = loaded().account;
  for (const segment of path) {
    if (!node) return [];
    node = resolve(node);
    node = typeof segment === 'number' ? node.items : node.properties?.[segment];
  }
  return node ? Object.keys(resolve(node).properties ?? {}) : [];
}
