import type { Account } from '../../types/schema.js';
import { dayNumber } from '../dates/day-number.js';
import { slots } from '../score/slots.js';
import type { CompiledModel } from './compiled-model.js';
import type { Facts } from './facts.js';

const NONE: Readonly<Record<string, unknown>> = Object.freeze({});

/** Facts for an account before anything is scored. */
export function newFacts(model: CompiledModel, account: Account, asOf: number): Facts {
  return {
    model,
    account,
    traits: (account.traits as Record<string, unknown> | undefined) ?? NONE,
    reviewed: (account.reviewed as Record<string, unknown> | undefined) ?? NONE,
    flags: (account.flags as Record<string, unknown> | undefined) ?? NONE,
    asOf,
    metricsAsOf: dayNumber(account.metrics_as_of),
    closeDay: dayNumber(account.contract.close_date),
    renewalDay: dayNumber(account.contract.renewal_date),
    status: slots(model.traits.length),
    score: null,
    coverage: 0,
    color: 'unknown',
    categoryColor: slots(model.categories.length),
    stage: undefined,
    segment: undefined,
  };
}
