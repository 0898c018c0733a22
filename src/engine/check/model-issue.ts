/** The playbook files, by their field in `Playbooks`. */
export type PlaybookFile = 'health' | 'lifecycle' | 'segments' | 'scenarios' | 'cadences' | 'projects' | 'team' | 'calendar';

/** One problem with the model, at a JSON pointer inside its playbook file. */
export interface ModelIssue {
  file: PlaybookFile;
  /** JSON pointer, e.g. `/categories/1/traits/0/poor`; '' for the whole file. */
  path: string;
  severity: 'error' | 'warning';
  message: string;
}

/** One warning about an account, at a JSON pointer inside its file. */
export interface AccountIssue {
  path: string;
  message: string;
}
