/** A value an edit writes: scalars, and the small mappings and lists of a new note or task. */
export type Scalar = string | number | boolean;
export type Value = Scalar | Value[] | { [key: string]: Value };
export type Path = ReadonlyArray<string | number>;

/**
 * One change to a document: `set` a scalar at a path (mappings on the way are created when
 * missing), or `append` an item to the list at a path (created when missing), at its end or
 * `before` the item of that index (a note dated before the last one, in a list kept by date).
 */
export type YamlOp = { op: 'set'; path: Path; value: Scalar } | { op: 'append'; path: Path; value: Value; before?: number };

/** The ops as a tree, so every mapping is edited once however many of its keys change. */
export type Change =
  | { kind: 'scalar'; value: Scalar }
  | { kind: 'node'; children: Map<string | number, Change> }
  | { kind: 'append'; items: Value[]; before?: number };

export function changeTree(ops: readonly YamlOp[]): Change & { kind: 'node' } {
  const root: Change & { kind: 'node' } = { kind: 'node', children: new Map() };
  for (const op of ops) {
    let node = root;
    op.path.forEach((segment, i) => {
      const last = i === op.path.length - 1;
      const existing = node.children.get(segment);
      if (!last) {
        if (existing === undefined) node.children.set(segment, (node = { kind: 'node', children: new Map() }));
        else if (existing.kind === 'node') node = existing;
        else throw new Error(`conflicting edits at ${op.path.join('.')}`);
      } else if (op.op === 'set') {
        if (existing !== undefined && existing.kind !== 'scalar') throw new Error(`conflicting edits at ${op.path.join('.')}`);
        node.children.set(segment, { kind: 'scalar', value: op.value });
      } else if (existing === undefined) node.children.set(segment, { kind: 'append', items: [op.value], ...(op.before !== undefined && { before: op.before }) });
      else if (existing.kind === 'append' && existing.before === op.before) existing.items.push(op.value);
      else throw new Error(`conflicting edits at ${op.path.join('.')}`);
    });
  }
  return root;
}

/** The value a change puts where there was nothing. */
export function materialize(change: Change): Value {
  if (change.kind === 'scalar') return change.value;
  if (change.kind === 'append') return change.items.map(clone);
  const out: { [key: string]: Value } = {};
  for (const [key, child] of change.children) out[String(key)] = materialize(child);
  return out;
}

/** The ops applied to a plain value: what the edited file must parse to. */
export function applyOps(value: unknown, ops: readonly YamlOp[]): unknown {
  const result = clone(value as Value);
  for (const op of ops) {
    let node = result as Record<string | number, unknown>;
    for (const segment of op.path.slice(0, -1)) {
      node[segment] ??= {};
      node = node[segment] as Record<string | number, unknown>;
    }
    const last = op.path[op.path.length - 1]!;
    if (op.op === 'set') node[last] = op.value;
    else {
      const list = (node[last] ??= []) as unknown[];
      list.splice(op.before ?? list.length, 0, clone(op.value));
    }
  }
  return result;
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Deep equality of plain parsed values; key order does not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
