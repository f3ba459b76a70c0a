#!/usr/bin/env node
// The comparison server for `npm run bench`: unified-language-server with
// remark (no plugins), started over stdio exactly as remark-language-server
// does. Used only by scripts/bench/lsp.mjs.
import { remark } from 'remark';
import { createUnifiedLanguageServer } from 'unified-language-server';

createUnifiedLanguageServer({
  configurationSection: 'remark',
  defaultProcessor: remark,
  ignoreName: '.remarkignore',
  packageField: 'remarkConfig',
  pluginPrefix: 'remark',
  processorName: 'remark',
  processorSpecifier: 'remark',
  rcName: '.remarkrc',
});
