/**
 * Long work done in slices: `due()` is undefined while the current slice lasts, else a promise that
 * resolves on the next turn of the event loop, so that a screen drawn meanwhile reads its keys. A
 * commit can score a whole book (a metric sync of 5,000 accounts took 200 ms, the first commit 1.5 s).
 */
export class Slices {
  private last = performance.now();

  constructor(private readonly ms = 15) {}

  due(): Promise<void> | undefined {
    if (performance.now() - this.last <= this.ms) return undefined;
    return new Promise((resolve) =>
      setImmediate(() => {
        this.last = performance.now();
        resolve();
      }),
    );
  }
}
