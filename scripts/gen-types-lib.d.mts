/** Schema files in the order their types are written. */
export const SCHEMA_FILES: readonly string[];
/** The comment at the top of src/types/schema.ts. */
export const BANNER: string;
/** Every schema file of `schemasDir`, parsed, by file name. */
export function loadSchemas(schemasDir: string): Promise<Map<string, unknown>>;
/** The content of src/types/schema.ts, generated from the schemas in `schemasDir`. */
export function generateTypes(schemasDir: string): Promise<string>;
