-- Headless check of init.lua: waits for imvo-lint's diagnostics, prints them,
-- asks for code actions on a missing-element diagnostic (Neovim 0.7 sends no
-- `data` back), applies the insert-section fix, waits for the re-lint, and
-- prints a hover. Exits 0 when all of that worked, 1 otherwise.
-- Run: nvim --headless -u server/test/lsp/editors/init.lua --cmd 'filetype on' \
--        -c 'luafile server/test/lsp/editors/check.lua' <plan.md>
local function out(s) io.stdout:write(s .. '\n') end
local function fail(s) out('FAIL: ' .. s); vim.cmd('cquit 1') end

local ok = vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 50)
if not ok then return fail('no diagnostics within 15 s') end
local diags = vim.diagnostic.get(0)
out(('diagnostics: %d'):format(#diags))
for _, d in ipairs(diags) do
  local lsp = d.user_data and d.user_data.lsp or {}
  out(('  %d:%d %s [%s] %s'):format(d.lnum + 1, d.col + 1, vim.diagnostic.severity[d.severity], tostring(lsp.code), d.message))
end

-- As vim.lsp.buf.code_action() does in 0.7: the line's diagnostics in LSP form.
local target
for _, d in ipairs(diags) do
  for _, l in ipairs(vim.lsp.diagnostic.get_line_diagnostics(0, d.lnum)) do
    if l.code == 'missing-element' then target = target or l end
  end
end
if not target then return fail('no missing-element diagnostic') end

local client = vim.lsp.get_active_clients()[1]
local params = { textDocument = vim.lsp.util.make_text_document_params(), range = target.range, context = { diagnostics = { target } } }
local res = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', params, 5000)
local actions = res and res[client.id] and res[client.id].result or {}
out(('code actions: %d'):format(#actions))
local fix
for _, a in ipairs(actions) do
  out('  ' .. (a.kind or '?') .. ': ' .. a.title)
  if a.kind == 'quickfix.imvo.insertSection' then fix = fix or a end
end
if not fix then return fail('no insert-section fix') end

local before = vim.api.nvim_buf_line_count(0)
local count = #diags
vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding or 'utf-16')
out(('applied "%s": %d -> %d lines'):format(fix.title, before, vim.api.nvim_buf_line_count(0)))
if table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n'):find('${', 1, true) then return fail('snippet syntax in the buffer') end
local relinted = vim.wait(15000, function()
  local n = 0
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    if lsp.code == 'missing-element' then n = n + 1 end
  end
  return n < (function() local m = 0 for _, d in ipairs(diags) do if (d.user_data.lsp or {}).code == 'missing-element' then m = m + 1 end end return m end)()
end, 50)
if not relinted then return fail('the element is still missing after the fix') end
out(('after the fix: %d diagnostics'):format(#vim.diagnostic.get(0)))

local hover = vim.lsp.buf_request_sync(0, 'textDocument/hover', { textDocument = vim.lsp.util.make_text_document_params(), position = target.range.start }, 5000)
local h = hover and hover[client.id] and hover[client.id].result
if not h then return fail('no hover') end
out('hover: ' .. (h.contents.value or ''):gsub('\n.*', ''))
local lenses = vim.lsp.buf_request_sync(0, 'textDocument/codeLens', { textDocument = vim.lsp.util.make_text_document_params() }, 5000)
local l = lenses and lenses[client.id] and lenses[client.id].result
out('code lens: ' .. (l and l[1] and l[1].command.title or 'none'))
out('OK')
vim.cmd('qall!')
