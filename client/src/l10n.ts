// The client's own messages, through vscode.l10n (bundles in l10n/).
import * as vscode from 'vscode';
import type { Translate } from './report.js';

export const t: Translate = (message, ...args) => vscode.l10n.t(message, ...args);
