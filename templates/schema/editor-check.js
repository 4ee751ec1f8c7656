// Drives the YAML language server (the engine of VS Code's YAML extension and of other editors)
// over LSP on a template that names templates/schema/template.schema.json, and checks that it
// flags a misspelt key and completes the keys of a table block from the schema.
// Usage: node editor-check.js SERVER_BINARY SCHEMA_DIR WORK_DIR
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const [server, schemaDir, work] = process.argv.slice(2);
fs.mkdirSync(path.join(work, 'schema'), { recursive: true });
fs.copyFileSync(path.join(schemaDir, 'template.schema.json'), path.join(work, 'schema', 'template.schema.json'));
const file = path.join(work, 'trial.yaml');
const text = [
  '# yaml-language-server: $schema=schema/template.schema.json',
  'title: Trial',
  'subtitel: a misspelt key',
  'sections:',
  '  - title: Patents',
  '    blocks:',
  '      - table:',
  '          ',
  ''].join('\n');
fs.writeFileSync(file, text);
const uri = 'file://' + path.resolve(file);

const ls = spawn(server, ['--stdio']);
let buffer = Buffer.alloc(0);
let nextId = 0;
const pending = {};
const diagnostics = [];
const send = m => { const s = JSON.stringify(m); ls.stdin.write('Content-Length: ' + Buffer.byteLength(s) + '\r\n\r\n' + s); };
const request = (method, params) => new Promise(r => { const id = ++nextId; pending[id] = r; send({ jsonrpc: '2.0', id, method, params }); });
const notify = (method, params) => send({ jsonrpc: '2.0', method, params });
const settings = { validate: true, completion: true, hover: true, schemaStore: { enable: false } };

ls.stdout.on('data', chunk => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf('\r\n\r\n');
    if (end < 0) return;
    const length = parseInt(/Content-Length: (\d+)/i.exec(buffer.slice(0, end).toString())[1], 10);
    if (buffer.length < end + 4 + length) return;
    const msg = JSON.parse(buffer.slice(end + 4, end + 4 + length).toString());
    buffer = buffer.slice(end + 4 + length);
    if (msg.id !== undefined && pending[msg.id]) {
      pending[msg.id](msg.result);
      delete pending[msg.id];
    } else if (msg.method === 'textDocument/publishDiagnostics') {
      diagnostics.push(...msg.params.diagnostics.map(d => d.message));
    } else if (msg.method === 'workspace/configuration') {
      send({ jsonrpc: '2.0', id: msg.id, result: msg.params.items.map(() => settings) });
    } else if (msg.id !== undefined && msg.method) {
      send({ jsonrpc: '2.0', id: msg.id, result: null });
    }
  }
});

const fail = why => { console.error('editor check failed: ' + why); process.exit(1); };
setTimeout(() => fail('no answer from the language server within 60 s'), 60000).unref();

(async () => {
  await request('initialize', { processId: process.pid, rootUri: 'file://' + path.resolve(work),
    capabilities: { workspace: { configuration: true }, textDocument: { completion: { completionItem: {} } } } });
  notify('initialized', {});
  notify('workspace/didChangeConfiguration', { settings: { yaml: settings } });
  notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  const result = await request('textDocument/completion', { textDocument: { uri }, position: { line: 7, character: 10 } });
  const labels = (result.items || result).map(i => i.label);
  for (let waited = 0; !diagnostics.some(d => d.includes('subtitel')) && waited < 50; waited++) {
    await new Promise(r => setTimeout(r, 200));
  }
  for (const key of ['data', 'columns', 'where', 'sort', 'limit']) {
    if (!labels.includes(key)) fail('no completion for the table key \'' + key + '\'; offered: ' + labels.join(', '));
  }
  if (!diagnostics.some(d => d.includes('subtitel'))) fail('the misspelt key was not flagged; diagnostics: ' + diagnostics.join(' | '));
  console.log('editor check: the YAML language server completes ' + labels.join(', ') + ' and flags "subtitel"');
  process.exit(0);
})();
