-- imvo-lint in Neovim 0.7 (built-in LSP, no plugins). This is the snippet of
-- docs/editors.md, verbatim; check.lua drives it headless.
local server = vim.env.IMVO_LINT_SERVER or 'imvo-lint-server'
local cmd = server:match('%.js$') and { 'node', server, '--stdio' } or { server, '--stdio' }

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'markdown',
  callback = function(args)
    local root = vim.fs and vim.fs.dirname(vim.fs.find({ '.imvo-lint.json', '.git' }, { upward = true })[1] or '') or vim.fn.getcwd()
    local id = vim.lsp.start_client({
      name = 'imvo-lint',
      cmd = cmd,
      root_dir = root ~= '' and root or vim.fn.getcwd(),
      init_options = { locale = vim.env.LANG and vim.env.LANG:match('^nl') and 'nl' or 'en' },
      settings = { imvoLint = { debounceMs = 300 } },
    })
    if id then vim.lsp.buf_attach_client(args.buf, id) end
  end,
})
