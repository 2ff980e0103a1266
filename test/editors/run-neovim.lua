-- Test harness for test/editors/neovim.test.ts: loads the README's configuration (treaty.lua), opens the
-- report given on the command line, waits for the server's diagnostics, writes them as JSON to
-- $TREATY_OUT and quits. Nothing here is needed in a real configuration.
dofile(vim.env.TREATY_CONFIG)

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local buf = vim.api.nvim_get_current_buf()
    local expect = tonumber(vim.env.TREATY_EXPECT or '1')
    local arrived = vim.wait(tonumber(vim.env.TREATY_WAIT_MS or '30000'), function()
      return #vim.diagnostic.get(buf) >= expect
    end, 50)
    local out = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      local lsp = (d.user_data or {}).lsp or {}
      table.insert(out, {
        lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
        severity = d.severity, source = d.source, code = d.code or lsp.code, message = d.message,
      })
    end
    local clients = {}
    for _, c in pairs((vim.lsp.get_clients or vim.lsp.get_active_clients)()) do table.insert(clients, c.name) end
    local v = vim.version()
    local f = assert(io.open(vim.env.TREATY_OUT, 'w'))
    f:write(vim.fn.json_encode({
      arrived = arrived,
      file = vim.api.nvim_buf_get_name(buf),
      filetype = vim.bo[buf].filetype,
      clients = clients,
      nvim = string.format('%d.%d.%d', v.major, v.minor, v.patch),
      diagnostics = out,
    }))
    f:close()
    vim.cmd('qall!')
  end,
})
