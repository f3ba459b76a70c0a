// Debounce per document. `delay` 0 still defers to the next turn of the event
// loop, so a burst of changes that arrived together is linted once.

export class Scheduler {
  private readonly timers = new Map<string, NodeJS.Timeout | NodeJS.Immediate>();

  constructor(private readonly run: (key: string) => void) {}

  schedule(key: string, delay: number): void {
    this.cancel(key);
    const fire = () => {
      this.timers.delete(key);
      this.run(key);
    };
    this.timers.set(key, delay > 0 ? setTimeout(fire, delay) : setImmediate(fire));
  }

  cancel(key: string): void {
    const t = this.timers.get(key);
    if (!t) return;
    clearTimeout(t as NodeJS.Timeout);
    clearImmediate(t as NodeJS.Immediate);
    this.timers.delete(key);
  }

  pending(key: string): boolean {
    return this.timers.has(key);
  }
}
