import type { AccountEntry } from '../book/book.js';
import { dateSteps, dayNumber, nextDateStep, type DateStep } from '../engine/index.js';
import type { HistoryMemo, ModelVersion, Scored } from './history-memo.js';

type Version = { blob: string; entry: AccountEntry };

/** A score found at day `from`, which holds for the same version and model up to the day before `until`. */
interface Held {
  version: Version;
  model: number;
  from: number;
  until: number;
  scored: Scored;
}

/**
 * Accounts scored at a series of dates (the log's commits and Sundays, the review's weeks), each
 * score reused while neither the account's version nor the model changed and no date of the
 * account has reached a bound of the model since (`dateSteps`): only there can time alone move it.
 * Scores are not kept in the memo: nothing asks one version at one date twice.
 */
export class HeldScores {
  /** Per account, the last score found. */
  private readonly held = new Map<string, Held>();
  /** Per model version, its `dateSteps`. */
  private readonly steps = new Map<number, DateStep[] | null>();

  /** `everyDay`: score afresh at every date, as the check of the shortcut does. */
  constructor(
    private readonly memo: HistoryMemo,
    private readonly everyDay = false,
  ) {}

  /** The last date asked for and its day number: a commit or Sunday asks one date for every account. */
  private date = '';
  private day = 0;

  at(id: string, version: Version, model: ModelVersion, date: string): Scored {
    if (date !== this.date) [this.date, this.day] = [date, dayNumber(date)];
    const day = this.day;
    const held = this.held.get(id);
    if (held && held.version === version && held.model === model.key && held.from <= day && day < held.until) return held.scored;
    const scored = this.memo.score(version, model, date);
    let steps = this.steps.get(model.key);
    if (steps === undefined) this.steps.set(model.key, (steps = model.playbooks && !this.everyDay ? dateSteps(model.playbooks) : null));
    this.held.set(id, { version, model: model.key, from: day, until: steps ? nextDateStep(steps, version.entry.data, day) : day + 1, scored });
    return scored;
  }
}
