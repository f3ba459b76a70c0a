// The client's crash handler (client/src/client.ts): restarts the server after
// a crash, gives up after repeated crashes, and starts afresh when the user
// restarts the server. `vscode` exists only inside VS Code: the few calls the
// handler makes are stubbed here.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const shown = vi.hoisted(() => ({ warnings: [] as string[], errors: [] as string[], answer: undefined as string | undefined }));

vi.mock('vscode', () => ({
  window: {
    showWarningMessage: (m: string) => (shown.warnings.push(m), Promise.resolve(undefined)),
    showErrorMessage: (m: string) => (shown.errors.push(m), Promise.resolve(shown.answer)),
  },
  l10n: { t: (m: string, ...args: unknown[]) => m.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)])) },
}));
vi.mock('vscode-languageclient/node', () => ({
  CloseAction: { DoNotRestart: 1, Restart: 2 },
  ErrorAction: { Continue: 1, Shutdown: 2 },
  LanguageClient: class {},
  TransportKind: { stdio: 0, ipc: 1 },
}));

const { RestartingErrorHandler } = await import('../../src/client.js');
const { CloseAction } = await import('vscode-languageclient/node');

const output = { show: () => undefined } as unknown as ConstructorParameters<typeof RestartingErrorHandler>[0];

describe('the crash handler', () => {
  beforeEach(() => {
    shown.warnings.length = 0;
    shown.errors.length = 0;
    shown.answer = undefined;
  });

  it('restarts after a crash, and gives up after three crashes in a row', () => {
    const h = new RestartingErrorHandler(output, () => undefined);
    for (let i = 1; i <= 3; i++) {
      expect(h.closed()).toMatchObject({ action: CloseAction.Restart });
      expect(h.crashesInWindow).toBe(i);
    }
    expect(h.closed()).toMatchObject({ action: CloseAction.DoNotRestart });
    expect(shown.errors[0]).toMatch(/stopped 4 times/);
  });

  it('starts afresh after a restart by hand: earlier crashes no longer count', () => {
    const h = new RestartingErrorHandler(output, () => undefined);
    for (let i = 0; i < 3; i++) h.closed();
    h.reset();
    expect(h.crashesInWindow).toBe(0);
    // Three more crashes are restarted again before it gives up.
    for (let i = 0; i < 3; i++) expect(h.closed()).toMatchObject({ action: CloseAction.Restart });
    expect(h.closed()).toMatchObject({ action: CloseAction.DoNotRestart });
  });

  it('the Restart button of the give-up message forgets the crashes and restarts', async () => {
    let restarted = 0;
    const h = new RestartingErrorHandler(output, () => restarted++);
    shown.answer = 'Restart';
    for (let i = 0; i < 4; i++) h.closed();
    await vi.waitFor(() => expect(restarted).toBe(1));
    expect(h.crashesInWindow).toBe(0);
  });
});
