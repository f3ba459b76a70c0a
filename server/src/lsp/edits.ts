// Workspace edits in the form the client can take: LSP 3.18 snippet edits
// (tab stops on the placeholders) for clients that announce
// `workspace.workspaceEdit.snippetEditSupport` (vscode-languageclient 11 does),
// versioned document changes where supported, plain `changes` otherwise.

import type { ClientCapabilities, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { Position } from '../index.js';

export interface ClientEditSupport {
  snippets: boolean;
  documentChanges: boolean;
}

export function editSupport(caps: ClientCapabilities): ClientEditSupport {
  const we = caps.workspace?.workspaceEdit as ({ snippetEditSupport?: boolean; documentChanges?: boolean } | undefined);
  return { snippets: !!we?.snippetEditSupport && !!we?.documentChanges, documentChanges: !!we?.documentChanges };
}

export interface Insert {
  position: Position;
  text: string;
  snippet?: string;
}

export function insertEdit(uri: string, version: number, inserts: Insert[], support: ClientEditSupport, useSnippet: boolean): WorkspaceEdit {
  const range = (p: Position) => ({ start: p, end: p });
  if (support.documentChanges) {
    const edits = inserts.map((i) =>
      useSnippet && support.snippets && i.snippet !== undefined
        ? { range: range(i.position), snippet: { kind: 'snippet' as const, value: i.snippet } }
        : { range: range(i.position), newText: i.text },
    );
    return { documentChanges: [{ textDocument: { uri, version }, edits: edits as TextEdit[] }] };
  }
  return { changes: { [uri]: inserts.map((i) => ({ range: range(i.position), newText: i.text })) } };
}
