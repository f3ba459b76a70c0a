// After a burst of work (opening many documents, a fast typist), the heap
// holds garbage that V8 would collect only later. Once the server has been
// idle for IDLE_MS it collects once, so that its memory goes back down
// between bursts.

import { collectGarbage } from './v8-flags.js';

const IDLE_MS = 1000;

export class IdleCollector {
  private timer: NodeJS.Timeout | null = null;
  private dirty = false;

  /** Call after work that allocated. */
  worked(): void {
    this.dirty = true;
    if (this.timer) this.timer.refresh();
    else {
      this.timer = setTimeout(() => {
        this.timer = null;
        if (!this.dirty) return;
        this.dirty = false;
        collectGarbage();
      }, IDLE_MS);
      this.timer.unref();
    }
  }
}
