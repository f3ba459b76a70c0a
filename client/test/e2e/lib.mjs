// Shared pieces of the code-server end-to-end runs: start VS Code 1.100.3 for
// the web (code-server) on 127.0.0.1 with a fresh profile, drive it with
// Playwright in Debian's Chromium, stop everything afterwards.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const E2E_CACHE = process.env.E2E_CACHE || path.join(os.homedir(), '.cache', 'imvo-lint-e2e');
export const CODE_SERVER = path.join(E2E_CACHE, 'code-server', 'node_modules', '.bin', 'code-server');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const t0 = Date.now();
export function log(...args) {
  console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s]`, ...args);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A fresh profile: user settings, extension dir, XDG dirs, and a copy of the test workspace. */
export function makeState(name, settings = {}) {
  const state = fs.mkdtempSync(path.join(os.tmpdir(), `imvo-e2e-${name}-`));
  const dirs = ['ud/User', 'exts', 'xdg/config', 'xdg/data', 'xdg/cache'];
  for (const d of dirs) fs.mkdirSync(path.join(state, d), { recursive: true });
  fs.writeFileSync(
    path.join(state, 'ud/User/settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'security.workspace.trust.enabled': false,
        'git.enabled': false,
        'chat.disableAIFeatures': true,
        'editor.hover.delay': 150,
        'window.commandCenter': false,
        ...settings,
      },
      null,
      2,
    ),
  );
  const workspace = path.join(state, 'workspace');
  fs.cpSync(path.join(ROOT, 'client/test/workspace'), workspace, { recursive: true });
  return { state, workspace };
}

function env(state, extra = {}) {
  return {
    ...process.env,
    // keep code-server and Chromium from writing into $HOME
    XDG_CONFIG_HOME: path.join(state, 'xdg/config'),
    XDG_DATA_HOME: path.join(state, 'xdg/data'),
    XDG_CACHE_HOME: path.join(state, 'xdg/cache'),
    ...extra,
  };
}

function common(state) {
  return ['--config', path.join(state, 'config.yaml'), '--user-data-dir', path.join(state, 'ud'), '--extensions-dir', path.join(state, 'exts')];
}

export function installVsix(state, vsix) {
  execFileSync(CODE_SERVER, [...common(state), '--install-extension', vsix, '--force'], { env: env(state), stdio: 'pipe' });
}

/** Starts code-server; returns { url, stop }. */
/**
 * VS Code only switches its display language (vscode.env.language, which picks
 * package.nls.<lang>.json and l10n bundles) when a language pack for it is
 * installed, and packs come from the Marketplace, which is out of reach here.
 * A stub pack (no translations: VS Code's own UI stays English) is enough to
 * make the extension host run in that language.
 */
function stubLanguagePack(state, locale) {
  const dir = path.join(state, 'language-pack', locale);
  fs.mkdirSync(dir, { recursive: true });
  const translations = path.join(dir, 'main.i18n.json');
  fs.writeFileSync(translations, JSON.stringify({ contents: {} }));
  fs.writeFileSync(
    path.join(state, 'ud', 'languagepacks.json'),
    JSON.stringify({ [locale]: { hash: `imvo-lint-e2e-stub-${locale}`, extensions: [{ extensionIdentifier: { id: `imvo-lint-e2e.stub-language-pack-${locale}` }, version: "0.0.0" }], translations: { vscode: translations }, label: locale } }),
  );
}

export async function startCodeServer({ state, workspace, locale, extraEnv = {} }) {
  if (!fs.existsSync(CODE_SERVER)) throw new Error(`code-server not found at ${CODE_SERVER}: run client/test/e2e/install.sh`);
  if (locale && !locale.startsWith('en')) stubLanguagePack(state, locale);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logFile = path.join(state, 'code-server.log');
  const out = fs.openSync(logFile, 'w');
  const args = [
    ...common(state),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...(locale ? ['--locale', locale] : []),
    workspace,
  ];
  const child = spawn(CODE_SERVER, args, { env: env(state, extraEnv), stdio: ['ignore', out, out], detached: true });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
  };
  process.once('exit', stop);
  const deadline = Date.now() + 60000;
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {}
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}); see ${logFile}`);
    if (Date.now() > deadline) throw new Error(`code-server did not answer on ${url}; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 200)); // polling the driver's own deadline, not a test wait
  }
  return { url, port, logFile, stop };
}

export async function launchBrowser(state, { width = 1400, height = 900, locale } = {}) {
  const { chromium } = await import('playwright-core');
  const profile = path.join(state, 'chromium');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width, height },
    ...(locale ? { locale } : {}),
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
    ],
    env: env(state),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

/** Waits for a file that another process writes, up to a deadline. */
export async function waitForFile(file, ms, alive = () => true) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (fs.existsSync(file)) return true;
    if (!alive()) return false;
    await new Promise((r) => setTimeout(r, 250));
  }
  return fs.existsSync(file);
}
