// Writes docs/configuration.md from the settings table of the BUILT model package.
//   npm run build -w @cassandra-mesos/model && node packages/model/scripts/render-config-doc.mjs
//   node packages/model/scripts/render-config-doc.mjs --check   exit 1 when the committed file differs
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const repoDir = join(pkgDir, '..', '..');
const built = join(pkgDir, 'dist', 'index.js');
if (!existsSync(built)) {
  console.error(`render-config-doc: ${built} does not exist: run \`npm run build -w @cassandra-mesos/model\` first`);
  process.exit(1);
}
const { renderConfigurationDoc, CONFIGURATION_DOC_PATH } = require(built);
const target = join(repoDir, CONFIGURATION_DOC_PATH);
const rendered = renderConfigurationDoc();

if (process.argv.includes('--check')) {
  const committed = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (committed !== rendered) {
    console.error(`render-config-doc: ${CONFIGURATION_DOC_PATH} is out of date: run \`node packages/model/scripts/render-config-doc.mjs\` after building the model`);
    process.exit(1);
  }
  console.log(`render-config-doc: ${CONFIGURATION_DOC_PATH} is up to date`);
} else {
  writeFileSync(target, rendered);
  console.log(`render-config-doc: wrote ${CONFIGURATION_DOC_PATH}`);
}
