import type { EditPlan } from '../../edit/index.js';
import type { DashboardRow } from '../../review/dashboard.js';
import type { SortKey } from '../model/review-list.js';

export type View = 'review' | 'agenda' | 'changes' | 'problems';
export const VIEWS: View[] = ['review', 'agenda', 'changes', 'problems'];

export interface PickOption {
  label: string;
  value: string;
}

/** What a pick list is choosing: each leads to the next step of its edit, or to a new book. */
export type PickPurpose = 'trait' | 'value' | 'owner' | 'task-done' | 'project';
export type TextPurpose = 'note' | 'task-title' | 'task-due';

/**
 * Explicit modes (SPEC §6): in `filter` and `text` letters are text; `pick` and `confirm` take only
 * their own keys; `help` covers the screen until Esc or `?`.
 */
export type Mode =
  | { kind: 'normal' }
  | { kind: 'help' }
  | { kind: 'filter'; text: string }
  | { kind: 'pick'; purpose: PickPurpose; title: string; options: PickOption[]; cursor: number; top: number; account: string; trait?: string }
  | { kind: 'text'; purpose: TextPurpose; title: string; text: string; account: string; taskTitle?: string }
  | { kind: 'confirm'; account: string; plan: EditPlan; note?: { text: string; contact: boolean } };

export interface AppState {
  width: number;
  height: number;
  view: View;
  mode: Mode;
  /** The dashboard's rows, risk order. */
  source: DashboardRow[];
  /** What the Review view lists: `source` filtered and sorted. */
  rows: DashboardRow[];
  filter: string;
  sort: SortKey;
  /** The selected account's id: kept across edits, filters and sorts while the account is listed. */
  selected: string | undefined;
  cursor: number;
  /** First listed row on screen. */
  top: number;
  detail: boolean;
  focus: 'list' | 'detail';
  /** First line on screen of each scrolled text. */
  scroll: Record<View | 'detail' | 'help' | 'confirm', number>;
  /** The last message: a refusal (error), something under way (busy: not done yet), or done. */
  message: { text: string; error: boolean; busy?: boolean } | undefined;
}
