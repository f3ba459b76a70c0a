// Holds the latest `imvoLint/coverage` notification per document and tells
// the tree view, the status bar and the report page when one changes.
import * as vscode from 'vscode';
import type { CoverageParams } from './protocol.js';

export class CoverageStore implements vscode.Disposable {
  private readonly byUri = new Map<string, CoverageParams>();
  private readonly emitter = new vscode.EventEmitter<CoverageParams>();
  /** Fires after every notification, with its parameters. */
  readonly onDidChange = this.emitter.event;

  update(params: CoverageParams): void {
    const key = normalise(params.uri);
    const previous = this.byUri.get(key);
    // Never go back to an older version of the document.
    if (previous && previous.version !== null && params.version !== null && params.version < previous.version) return;
    if (params.documentType === null) this.byUri.delete(key);
    else this.byUri.set(key, params);
    this.emitter.fire(params);
  }

  get(uri: vscode.Uri | string): CoverageParams | undefined {
    return this.byUri.get(normalise(typeof uri === 'string' ? uri : uri.toString()));
  }

  /** Forget everything, e.g. when the server restarts. */
  clear(): void {
    const uris = [...this.byUri.keys()];
    this.byUri.clear();
    for (const uri of uris) {
      this.emitter.fire({
        uri,
        version: null,
        documentType: null,
        language: 'en',
        coverage: { applicable: 0, present: 0, incomplete: 0, missing: 0, waived: 0 },
        elements: [],
      });
    }
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

/** The server and VS Code may spell the same URI differently (e.g. `%3A` for `:`). */
export function normalise(uri: string): string {
  try {
    return vscode.Uri.parse(uri).toString();
  } catch {
    return uri;
  }
}
