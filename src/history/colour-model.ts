import type { Playbooks } from '../book/book.js';
import { compileModel, type CompiledModel } from '../engine/index.js';

/**
 * The model compiled for a score and a colour only. History and diff score every account at many
 * dates and read nothing else; a scenario can never change a colour (no condition names one), and
 * evaluating the book's scenarios was a third of each account's scoring.
 */
export function colourModel(playbooks: Playbooks): CompiledModel {
  return compileModel({ ...playbooks, scenarios: { ...playbooks.scenarios, scenarios: [] } });
}
