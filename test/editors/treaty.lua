-- Treaty Report Checker for Markdown buffers (Neovim 0.7 and later, built-in LSP client).
local server = vim.env.TREATY_SERVER or '/path/to/treaty-report-checker/server/out/server.js'
local client_id
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'markdown',
  callback = function(args)
    local config = {
      name = 'treaty',
      cmd = { 'node', server, '--stdio' },
      root_dir = vim.fn.getcwd(),
      init_options = { trusted = true }, -- false: bundled facts only, .treaty/facts is not read
    }
    if vim.lsp.start then -- Neovim 0.8+
      vim.lsp.start(config, { bufnr = args.buf })
    else -- Neovim 0.7
      client_id = client_id or vim.lsp.start_client(config)
      vim.lsp.buf_attach_client(args.buf, client_id)
    end
  end,
})
