// Generates static protobufjs code (JavaScript + typings) from ../../proto into src/gen.
//   node scripts/generate.mjs          regenerate
//   node scripts/generate.mjs --check  fail when src/gen does not match the protos (run by `build`)
// The stamp file records a SHA-256 of every input and the generator version, so staleness is
// detected without running the generator.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, existsSync, mkdirSync, statSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const repoDir = join(pkgDir, '..', '..');
const protoDir = join(repoDir, 'proto');
const genDir = join(pkgDir, 'src', 'gen');
const stampFile = join(genDir, 'proto-inputs.json');

// Mesos keeps proto field names (snake_case): Mesos's JSON mapping uses them, so the generated
// objects are the JSON wire shape. Our own messages use protobufjs's camelCase properties.
const GROUPS = [
  // The Mesos group also gets a reflection descriptor: Mesos's JSON mapping needs each field's declared
  // default and deprecation, which static code does not carry.
  { name: 'mesos', dir: 'mesos', keepCase: true, descriptor: true },
  { name: 'cassandra_mesos', dir: 'cassandra_mesos', keepCase: false },
];

function protoFiles(dir) {
  const abs = join(protoDir, dir);
  if (!existsSync(abs)) return [];
  const out = [];
  for (const entry of readdirSync(abs)) {
    const p = join(abs, entry);
    if (statSync(p).isDirectory()) out.push(...protoFiles(join(dir, entry)));
    else if (entry.endsWith('.proto')) out.push(join(dir, entry));
  }
  return out.sort();
}

function expectedStamp() {
  const cliVersion = require('protobufjs-cli/package.json').version;
  const files = {};
  for (const g of GROUPS) for (const f of protoFiles(g.dir)) {
    files[f] = createHash('sha256').update(readFileSync(join(protoDir, f))).digest('hex');
  }
  files['packages/model/scripts/generate.mjs'] = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).digest('hex');
  return { generator: `protobufjs-cli@${cliVersion}`, inputs: files };
}

const FORCE_NUMBER_ANCHOR = 'var $protobuf = require("protobufjs/minimal");\n';
const FORCE_NUMBER =
  '\n// int64 fields are JS numbers (see packages/model/scripts/generate.mjs).\n' +
  'if ($protobuf.util.Long) { $protobuf.util.Long = undefined; $protobuf.configure(); }\n';

function run(main, args) {
  return new Promise((resolve, reject) => main(args, (err, out) => (err ? reject(err) : resolve(out))));
}

async function generate() {
  const { pbjs, pbts } = require('protobufjs-cli');
  mkdirSync(genDir, { recursive: true });
  for (const g of GROUPS) {
    const files = protoFiles(g.dir).map((f) => join(protoDir, f));
    if (files.length === 0) continue;
    const js = join(genDir, `${g.name}.js`);
    const args = ['-t', 'static-module', '-w', 'commonjs', '-r', g.name, '--force-number', '-p', protoDir, '-o', js];
    if (g.keepCase) args.push('--keep-case');
    // Typings come from the jsdoc of a commented build; the shipped JavaScript has no comments.
    await run(pbjs.main, [...args, ...files]);
    await run(pbts.main, ['-o', join(genDir, `${g.name}.d.ts`), js]);
    await run(pbjs.main, [...args, '--no-comments', ...files]);
    if (g.descriptor) {
      const tmp = join(genDir, `${g.name}.descriptor.tmp.json`);
      await run(pbjs.main, ['-t', 'json', '--keep-case', '-p', protoDir, '-o', tmp, ...files]);
      const json = JSON.stringify(JSON.parse(readFileSync(tmp, 'utf8')), null, 1);
      rmSync(tmp);
      writeFileSync(join(genDir, `${g.name}.descriptor.js`), `"use strict";\nmodule.exports = ${json};\n`);
      writeFileSync(
        join(genDir, `${g.name}.descriptor.d.ts`),
        `import type { INamespace } from 'protobufjs';\ndeclare const descriptor: INamespace;\nexport = descriptor;\n`,
      );
    }
    // --force-number only changes the typings: protobufjs still decodes 64-bit fields as Long when the
    // `long` package is installed. This project's rule is "int64 is a JS number" (exact to 2^53, which
    // covers ports, byte counts and millisecond times; Mesos nanosecond times lose sub-256 ns precision,
    // as they do in Mesos's own JSON), so the generated module configures that before building defaults.
    writeFileSync(js, readFileSync(js, 'utf8').replace(FORCE_NUMBER_ANCHOR, FORCE_NUMBER_ANCHOR + FORCE_NUMBER));
    // pbts writes absolute-ish header comments on some platforms; keep output machine-independent.
    for (const f of [js, join(genDir, `${g.name}.d.ts`)]) {
      writeFileSync(f, readFileSync(f, 'utf8').split(repoDir + '/').join(''));
    }
  }
  writeFileSync(stampFile, JSON.stringify(expectedStamp(), null, 2) + '\n');
  console.log(`generated ${GROUPS.map((g) => g.name).join(', ')} into ${relative(repoDir, genDir)}`);
}

function check() {
  const want = JSON.stringify(expectedStamp(), null, 2) + '\n';
  const have = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : '';
  if (want !== have) {
    console.error('Generated protobuf code in packages/model/src/gen is stale or missing.');
    console.error('The .proto files (or the generator) changed since it was generated. Run: npm run generate');
    process.exit(1);
  }
}

if (process.argv.includes('--check')) check();
else await generate();
