// The open documents, kept by the server itself (not TextDocuments) because the
// calm-typing rule needs the content changes of each edit to carry held
// diagnostics along with the text. Each document keeps its own SegmentCache, so
// a re-lint parses only the segments an edit touched.

import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { SegmentCache, type Analysis } from '../index.js';

export interface OpenDocument {
  uri: string;
  doc: TextDocument;
  languageId: string;
  cache: SegmentCache;
  /** The latest analysis and the version it belongs to. */
  analysis: { version: number; configKey: string; value: Analysis } | null;
  /** Time of the last edit (ms, performance.now()). */
  lastEdit: number;
}

export class DocumentStore {
  private readonly docs = new Map<string, OpenDocument>();

  open(uri: string, languageId: string, version: number, text: string): OpenDocument {
    const d: OpenDocument = {
      uri, languageId, doc: TextDocument.create(uri, languageId, version, text), cache: new SegmentCache(), analysis: null, lastEdit: 0,
    };
    this.docs.set(uri, d);
    return d;
  }

  /** Applies the changes; returns the ranged changes (null when the whole text was replaced). */
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): { doc: OpenDocument; ranged: Array<{ range: Range; text: string }> | null } | null {
    const d = this.docs.get(uri);
    if (!d) return null;
    let ranged: Array<{ range: Range; text: string }> | null = [];
    for (const c of changes) {
      if ('range' in c && c.range) ranged?.push({ range: c.range, text: c.text });
      else ranged = null;
    }
    d.doc = TextDocument.update(d.doc, changes, version);
    d.lastEdit = performance.now();
    return { doc: d, ranged };
  }

  close(uri: string): OpenDocument | undefined {
    const d = this.docs.get(uri);
    this.docs.delete(uri);
    return d;
  }

  get(uri: string): OpenDocument | undefined {
    return this.docs.get(uri);
  }

  all(): OpenDocument[] {
    return [...this.docs.values()];
  }
}
