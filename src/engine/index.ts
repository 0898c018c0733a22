/** The engine's public face: pure functions from (book, playbooks, as-of date) to plain data. */
export { addDays } from './dates/add-days.js';
export { dateOfDay } from './dates/date-of-day.js';
export { dayNumber } from './dates/day-number.js';
export { daysBetween } from './dates/days-between.js';
export { fiscalQuarter, type FiscalQuarter } from './dates/fiscal-quarter.js';
export { isoWeek, type IsoWeek } from './dates/iso-week.js';
export { compileModel } from './model/compile-model.js';
export type { CompiledModel } from './model/compiled-model.js';
export { describeCondition } from './model/describe-condition.js';
export { describePredicate } from './model/describe-predicate.js';
export { scoreAccount } from './score/score-account.js';
export { scoreBook } from './score/score-book.js';
export type * from './types.js';
export { accountWarnings } from './check/account-warnings.js';
export { checkModel } from './check/check-model.js';
export type { AccountIssue, ModelIssue, PlaybookFile } from './check/model-issue.js';
