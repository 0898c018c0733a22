/** Edits that never lose work (SPEC §5): one code path for `vitals set`, `note`, `task`, `import` and the TUI. */
export { planEdit, type EditChange, type EditPlan, type EditRequest, type FileWrite, type WritePlan } from './plan-edit.js';
export { applyEdit, DETACHED, type ApplyOptions, type ApplyResult } from './apply-edit.js';
export { DiskError, EditError } from './edit-error.js';
export { editInProgress, editUnderWay, withEditLock } from './edit-lock.js';
export { parseTraitValue, TraitValueError, type TraitValue } from './trait-value.js';
export { playbooksForEdit } from './playbooks-for-edit.js';
export { makeFolder } from './new-files.js';
