import type { ErrorObject, ValidateFunction } from 'ajv';
import * as validators from '../generated/validators.js';
import { didYouMeanHint } from '../util/did-you-mean.js';
import type { FileKind } from '../book/files.js';


/** A schema violation: where (pointer, and the key when the key itself is wrong) and what. */
export interface SchemaIssue {
  pointer: string;
  key?: string;
  message: string;
}

const byKind: Record<FileKind, ValidateFunction> = validators;

/** Validates one parsed document against its kind's schema (compiled at build time). */
export function checkSchema(kind: FileKind, value: unknown): SchemaIssue[] {
  if (value === null || value === undefined) {
    return [{ pointer: '', message: 'the file is empty: expected a mapping of keys' }];
  }
  const validate = byKind[kind];
  if (validate(value)) return [];
  const errors = validate.errors ?? [];
  const specific = new Set(errors.filter((e) => !COMBINATORS.has(e.keyword)).map((e) => e.instancePath));
  // `segment: ~` breaks both the type and the list of values: the list says more, and once.
  const listed = new Set(errors.filter((e) => e.keyword === 'enum' || e.keyword === 'const').map((e) => e.instancePath));
  const seen = new Set<string>();
  const issues: SchemaIssue[] = [];
  for (const error of errors) {
    if (COMBINATORS.has(error.keyword) && specific.has(error.instancePath)) continue;
    if (error.keyword === 'type' && listed.has(error.instancePath)) continue;
    if (error.keyword === 'if') continue;
    // A key's name breaking `propertyNames` is said once, at the key, by the propertyNames error.
    if ((error as { propertyName?: string }).propertyName !== undefined && error.keyword !== 'propertyNames') continue;
    const issue = describe(error);
    const id = `${issue.pointer}\u0000${issue.key ?? ''}\u0000${issue.message}`;
    if (!seen.has(id)) issues.push(issue), seen.add(id);
  }
  return issues;
}

const COMBINATORS = new Set(['anyOf', 'oneOf', 'not', 'if']);

function describe(error: ErrorObject): SchemaIssue {
  const pointer = error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { pointer, message: `missing required key "${params.missingProperty}"` };
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
      if (key === '') return { pointer, key, message: 'unknown key: a null or empty key (`~:` or `"":`)' };
      return { pointer, key, message: `unknown key "${key}"${didYouMeanHint(key, allowed)}` };
    }
    case 'propertyNames':
      return { pointer, key: String(params.propertyName), message: `key "${params.propertyName}" is not allowed here` };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return { pointer, message: `${show(error.data)} is not one of ${allowed.join(', ')}${didYouMeanHint(String(error.data), allowed)}` };
    }
    case 'const':
      return { pointer, message: `expected ${show(params.allowedValue)}, got ${show(error.data)}` };
    case 'type':
      return { pointer, message: `expected ${article(String(params.type))}, got ${show(error.data)}` };
    case 'format':
      return { pointer, message: formatMessage(String(params.format), error.data) };
    case 'pattern':
      return { pointer, message: `${show(error.data)} does not match the pattern ${params.pattern}` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { pointer, message: `expected a number ${params.comparison} ${params.limit}, got ${show(error.data)}` };
    case 'minLength':
    case 'maxLength': {
      const n = Number(params.limit);
      return { pointer, message: `expected ${error.keyword === 'minLength' ? (n === 1 ? 'some text' : `at least ${n} characters`) : `at most ${n} characters`}, got ${show(error.data)}` };
    }
    case 'maxItems':
      return { pointer, message: `expected at most ${params.limit} item${params.limit === 1 ? '' : 's'}` };
    case 'minItems':
      return { pointer, message: `expected at least ${params.limit} item${params.limit === 1 ? '' : 's'}` };
    case 'minProperties':
      return { pointer, message: `expected at least ${params.limit} key${params.limit === 1 ? '' : 's'}` };
    case 'anyOf':
    case 'oneOf': {
      const forms = (error.schema as Array<{ required?: string[] }>).map((f) => f.required?.[0]);
      return forms.every(Boolean)
        ? { pointer, message: `use exactly one of ${forms.join(', ')}` }
        : { pointer, message: 'does not match any of the allowed forms' };
    }
    case 'dependentRequired':
      return { pointer, message: `"${params.property}" needs "${params.missingProperty}" too` };
    default:
      return { pointer, message: error.message ?? `fails the "${error.keyword}" rule` };
  }
}

function formatMessage(format: string, data: unknown): string {
  if (format === 'date') return `${show(data)} is not a date that exists (expected YYYY-MM-DD)`;
  if (format === 'email') return `${show(data)} is not an e-mail address`;
  return `${show(data)} is not a valid ${format}`;
}

function article(type: string): string {
  const word = type.replace(',', ' or ');
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

function show(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  // `!!binary`: yaml reads it as bytes.
  if (value instanceof Uint8Array) return 'binary data';
  if (typeof value === 'object') return 'a mapping';
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
