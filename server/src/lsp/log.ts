// Errors are logged once per kind (handler and message), never thrown at the
// client: one broken check or request must not take the server down.

export type Logger = (message: string) => void;

export class OnceLogger {
  private readonly seen = new Set<string>();
  constructor(private readonly sink: Logger) {}

  error(where: string, e: unknown): void {
    const message = e instanceof Error ? e.message : String(e);
    const key = `${where}:${message}`;
    if (this.seen.has(key)) return;
    if (this.seen.size > 1000) this.seen.clear();
    this.seen.add(key);
    try {
      this.sink(`imvo-lint: ${where} failed: ${e instanceof Error && e.stack ? e.stack : message}`);
    } catch {
      // the connection may be gone
    }
  }
}
