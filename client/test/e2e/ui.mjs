#!/usr/bin/env node
// UI-level test: install the built .vsix into a clean code-server (VS Code 1.100.3),
// open a dialogue plan and wait, as a user would see them, for the squiggle, the
// Problems panel row, a hover, the "IMVO elements" view and the status bar item.
// Saves screenshots (default docs/images/, for the README).
// Usage: node client/test/e2e/ui.mjs path/to/imvo-lint.vsix [--file engagement-plan.md] [--locale nl] [--shots dir]
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, installVsix, launchBrowser, log, makeState, startCodeServer } from './lib.mjs';

const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const vsix = path.resolve(argv.find((a) => a.endsWith('.vsix')) ?? path.join(ROOT, 'imvo-lint.vsix'));
const file = opt('--file', 'engagement-plan.md');
const locale = opt('--locale', undefined);
const shots = path.resolve(opt('--shots', path.join(ROOT, 'docs/images')));
const prefix = opt('--prefix', 'vscode');
const dutch = (locale ?? '').startsWith('nl');
if (!fs.existsSync(vsix)) {
  console.error(`no VSIX at ${vsix}: run npm run package`);
  process.exit(2);
}
fs.mkdirSync(shots, { recursive: true });

const { state, workspace } = makeState('ui');
const timings = {};
let last = Date.now();
const step = (name) => {
  timings[name] = Date.now() - last;
  last = Date.now();
  log(`${name} (${timings[name]} ms)`);
};

installVsix(state, vsix);
step('VSIX installed into a clean profile');
const cs = await startCodeServer({ state, workspace, locale });
step('code-server started');
const { context, page } = await launchBrowser(state, { width: 1400, height: 860 });
page.on('pageerror', (e) => console.log('  [pageerror]', e.message.slice(0, 200)));
let ok = false;
const shot = (name) => page.screenshot({ path: path.join(shots, `${prefix}-${name}.png`) });
try {
  await page.goto(`${cs.url}/?folder=${encodeURIComponent(workspace)}`, { waitUntil: 'domcontentloaded' });
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60000 });
  step('workbench ready');

  // Open the plan with Quick Open.
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(file);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: file }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator(`.tab[aria-label*="${file}"]`).first().waitFor();
  step(`${file} open`);

  // 1. A squiggle from the language server.
  const squiggle = page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error, .monaco-editor .squiggly-info').first();
  await squiggle.waitFor({ state: 'attached', timeout: 60000 });
  step('squiggle shown');

  // 2. The Problems panel lists it with the rule code.
  await page.keyboard.press('Control+Shift+M');
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'missing-element' }).first();
  await row.waitFor({ timeout: 30000 });
  step('Problems panel row shown');
  await shot('problems');

  // 3. The "IMVO elements" view in the Explorer and the status bar item.
  await page.keyboard.press('F1');
  await input.waitFor();
  await input.fill('>Explorer: Focus on IMVO');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: /IMVO/ }).first().waitFor();
  await page.keyboard.press('Enter');
  const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /IMVO/ }) });
  await pane.locator('.monaco-list-row', { hasText: /missing|ontbreekt/ }).first().waitFor({ timeout: 30000 });
  const status = page.locator('.statusbar-item', { hasText: /IMVO \d+\/\d+/ }).first();
  await status.waitFor({ timeout: 30000 });
  const statusText = (await status.innerText()).trim();
  step(`elements view and status bar shown ("${statusText}")`);
  // Give the view room for the screenshot: collapse the file list, widen the sidebar, hide the panel.
  await page.locator('.pane-header', { hasText: /^workspace$/i }).first().click().catch(() => {});
  const sash = page.locator('.part.sidebar').first();
  const sb = await sash.boundingBox();
  if (sb) {
    await page.mouse.move(sb.x + sb.width - 1, sb.y + 200);
    await page.mouse.down();
    await page.mouse.move(sb.x + sb.width + 140, sb.y + 200, { steps: 5 });
    await page.mouse.up();
  }
  await page.keyboard.press('Control+J');
  await page.locator('.part.panel').first().waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
  await shot('elements-view');
  // Back to the editor, then hover the squiggle.
  await page.locator('.monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Escape');

  // 4. A hover over the diagnostic.
  const box = await squiggle.boundingBox();
  if (!box) throw new Error('squiggle has no box');
  await page.mouse.move(box.x + Math.min(40, box.width / 2), box.y + box.height / 2 - 2);
  const hover = page.locator('.monaco-hover:not(.hidden) .hover-contents, .monaco-hover:not(.hidden) .hover-row').filter({ hasText: /\w{3,}/ }).first();
  await hover.waitFor({ state: 'visible', timeout: 30000 });
  // wait for the fade-in to finish before the screenshot
  await page.waitForFunction(() => [...document.querySelectorAll('.monaco-hover:not(.hidden)')].some((h) => getComputedStyle(h.closest('.monaco-hover') ?? h).opacity === '1' && !h.getAnimations?.().some((a) => a.playState === 'running')), null, { timeout: 5000 }).catch(() => {});
  step('hover shown');
  await shot('hover');
  await page.keyboard.press('Escape');

  // 5. The coverage report: a Markdown preview with a table.
  await page.keyboard.press('F1');
  await input.waitFor();
  await input.fill(dutch ? '>IMVO: Dekkingsrapport tonen' : '>IMVO: Show Coverage Report');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: dutch ? 'Dekkingsrapport' : 'Coverage Report' }).first().waitFor();
  await page.keyboard.press('Enter');
  const preview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  await preview.locator('table td', { hasText: dutch ? 'ontbreekt' : 'missing' }).first().waitFor({ timeout: 30000 });
  step('coverage report shown');
  await shot('coverage-report');

  // 6. "New dialogue plan" through its quick picks: type, language, stakeholder groups.
  await page.keyboard.press('F1');
  await input.waitFor();
  await input.fill(dutch ? '>IMVO: Nieuw dialoogplan' : '>IMVO: New Dialogue Plan');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: dutch ? 'Nieuw dialoogplan' : 'New Dialogue Plan' }).first().waitFor();
  await page.keyboard.press('Enter');
  const title = page.locator('.quick-input-title');
  await title.filter({ hasText: '1/3' }).waitFor();
  await page.keyboard.press('Enter'); // dialogue plan
  await title.filter({ hasText: '2/3' }).waitFor();
  await page.keyboard.press('Enter'); // the display language comes first
  await title.filter({ hasText: '3/3' }).waitFor();
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
  await page.locator('.quick-input-list .monaco-list-row').first().click(); // tick the first group (suppliers)
  await page.locator('.quick-input-list .monaco-list-row[aria-checked="true"]').first().waitFor({ timeout: 10000 });
  await shot('new-plan-picks');
  await page.keyboard.press('Enter');
  await page.locator('.tab[aria-label*="Untitled"]').first().waitFor({ timeout: 30000 });
  await page.locator('.monaco-editor .view-lines').getByText(dutch ? '[invullen]' : '[fill in]').first().waitFor({ timeout: 30000 });
  step('"New dialogue plan" opened an untitled plan');
  await page.locator('.statusbar-item', { hasText: /IMVO 0\/\d+/ }).first().waitFor({ timeout: 30000 });
  await pane.locator('.monaco-list-row', { hasText: dutch ? 'onvolledig' : 'incomplete' }).first().waitFor({ timeout: 30000 });
  // The injection grammar: placeholders are coloured unlike the text around them.
  const ph = dutch ? '[invullen]' : '[fill in]';
  const colours = await page.locator('.monaco-editor .view-lines').first().evaluate((root, ph) => {
    const text = (s) => (s.textContent ?? '').replace(/\u00a0/g, ' ');
    const spans = [...root.querySelectorAll('.view-line span span')];
    // a skeleton line "- Who is responsible: [fill in]": compare with the words before the placeholder
    const placeholder = spans.find((s) => text(s) === ph && /\w+ \w+/.test(text(s.previousElementSibling ?? s)));
    const prose = placeholder?.previousElementSibling;
    return placeholder && prose ? [getComputedStyle(placeholder).color, getComputedStyle(prose).color] : null;
  }, ph);
  if (!colours || colours[0] === colours[1]) {
    const sample = await page.locator('.monaco-editor .view-lines').first().evaluate((root) => [...root.querySelectorAll('.view-line')].slice(0, 20).map((l) => l.innerHTML).join('\n'));
    throw new Error(`placeholder not highlighted: ${JSON.stringify(colours)}\n${sample}`);
  }
  step(`placeholder highlighted (${colours[0]} vs ${colours[1]})`);
  await shot('new-plan');
  ok = true;
  console.log(`UI timings (ms): ${JSON.stringify(timings)}`);
} catch (e) {
  console.error('FAILED:', e.message);
  await page.screenshot({ path: path.join(state, 'failure.png') }).catch(() => {});
  console.error(`failure screenshot and logs in ${state}`);
} finally {
  await context.close().catch(() => {});
  cs.stop();
}
console.log(ok ? '1 passed, 0 failed' : '0 passed, 1 failed');
if (ok && !process.env.KEEP_E2E_STATE) fs.rmSync(state, { recursive: true, force: true });
process.exit(ok ? 0 : 1);
