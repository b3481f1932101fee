/**
 * A cap on how much one page can make the detector do: a count per rolling
 * minute window. When spent, work waits for the next window (one timer, no
 * polling).
 */
export class Budget {
  private used = 0;
  private start = 0;
  constructor(
    readonly perMinute: number,
    private now: () => number = () => performance.now(),
  ) {}

  /** Takes `n` units; false when the window is spent. */
  take(n = 1): boolean {
    const t = this.now();
    if (t - this.start >= 60_000) {
      this.start = t;
      this.used = 0;
    }
    if (this.used + n > this.perMinute) return false;
    this.used += n;
    return true;
  }

  /** Milliseconds until the window resets. */
  wait(): number {
    return Math.max(0, 60_000 - (this.now() - this.start));
  }
}
