/**
 * Long work done in slices: `due()` is undefined while the current slice lasts, else a promise that
 * resolves on a later turn of the event loop, so that a screen drawn meanwhile reads its keys. A
 * commit can score a whole book (a metric sync of 5,000 accounts took 200 ms, the first commit 1.5 s).
 * One `Slices` is shared by whatever runs at once (the log, the book a week back, the weekly
 * scores): all of them wait for the same pause, so together they take one slice, not one each.
 */
export class Slices {
  private last = performance.now();
  private pause: Promise<void> | undefined;

  constructor(private readonly ms = 15) {}

  due(): Promise<void> | undefined {
    if (this.pause || performance.now() - this.last <= this.ms) return this.pause;
    return (this.pause = new Promise((resolve) =>
      setImmediate(() => {
        this.last = performance.now();
        this.pause = undefined;
        resolve();
      }),
    ));
  }
}
