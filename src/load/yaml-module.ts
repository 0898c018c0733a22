import type * as Yaml from 'yaml';
import requireYaml from './yaml-require.cjs';

let loaded: typeof Yaml | undefined;

/**
 * The `yaml` package, loaded on first use (~40 ms): a book of valid plain files is read by the fast
 * path alone and never needs it.
 */
export function yamlModule(): typeof Yaml {
  return (loaded ??= (requireYaml as () => typeof Yaml)());
}
