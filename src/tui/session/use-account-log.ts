import { useEffect, useState } from 'react';
import type { LogEntry, ReviewHistory } from '../../history/review-history.js';

/** One account's whole health-change log, for its detail; undefined until read (or without history). */
export function useAccountLog(history: ReviewHistory | undefined, id: string | undefined, version: number): LogEntry[] | undefined {
  const [log, setLog] = useState<{ id: string; entries: LogEntry[] } | undefined>(undefined);
  useEffect(() => {
    if (!history || id === undefined) return;
    let live = true;
    history.log({ account: id }).then(
      (entries) => live && setLog({ id, entries }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [history, id, version]);
  return log !== undefined && log.id === id ? log.entries : undefined;
}
