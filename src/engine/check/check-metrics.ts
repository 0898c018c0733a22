import type { Metric } from '../../types/schema.js';
import { KIND_WORDS, type ValueKind } from '../model/value-kinds.js';

type Report = (path: string, message: string) => void;

const inputsOf = (m: Metric): string[] =>
  ([...(m.ratio ?? [m.days_since ?? m.days_until])] as unknown[]).filter((i): i is string => typeof i === 'string');

/**
 * The derived metrics' own mistakes (SPEC 3.1(7)): a metric named like a trait (it would hide the
 * trait's value), a ratio over something that is not a number, days_since or days_until over
 * something that is not a date, and metrics that refer to each other in a loop of any length.
 * Unknown names are reported by the caller.
 */
export function checkMetrics(
  metrics: Readonly<Record<string, Metric>>,
  traitKinds: Readonly<Record<string, ValueKind>>,
  kindOf: (name: string) => ValueKind | undefined,
  report: Report,
): void {
  for (const [id, metric] of Object.entries(metrics)) {
    if (Object.hasOwn(traitKinds, id)) report(`/metrics/${id}`, `metric "${id}" has the name of a trait: it would hide the trait's value, so rename the metric`);
    if (metric.ratio !== undefined) {
      metric.ratio.forEach((input, i) => {
        const kind = typeof input === 'string' ? kindOf(input) : undefined;
        if (kind !== undefined && kind !== 'number') report(`/metrics/${id}/ratio/${i}`, `a ratio needs numbers, but "${input}" holds ${KIND_WORDS[kind]}`);
      });
    } else {
      const key = metric.days_since !== undefined ? 'days_since' : 'days_until';
      const input = metric[key];
      const kind = typeof input === 'string' ? kindOf(input) : undefined;
      if (kind !== undefined && kind !== 'date') report(`/metrics/${id}/${key}`, `${key} needs a date, but "${input}" holds ${KIND_WORDS[kind]}`);
    }
  }
  reportLoops(metrics, report);
}

/** Each loop of metrics once, at the input that closes it: `a → b → a`. */
function reportLoops(metrics: Readonly<Record<string, Metric>>, report: Report): void {
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (id: string): void => {
    if (done.has(id)) return;
    onPath.push(id);
    const metric = metrics[id]!;
    inputsOf(metric).forEach((input, i) => {
      if (!Object.hasOwn(metrics, input)) return;
      const start = onPath.indexOf(input);
      if (start >= 0) {
        const at = metric.ratio !== undefined ? `/metrics/${id}/ratio/${i}` : `/metrics/${id}/${metric.days_since !== undefined ? 'days_since' : 'days_until'}`;
        const loop = [...onPath.slice(start), input].join(' → ');
        report(at, start === onPath.length - 1 ? `metric "${id}" is defined by itself` : `metrics refer to each other in a loop (${loop}): none of them can be computed`);
      } else visit(input);
    });
    onPath.pop();
    done.add(id);
  };
  for (const id of Object.keys(metrics)) visit(id);
}
