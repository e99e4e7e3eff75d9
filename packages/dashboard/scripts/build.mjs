// Builds the dashboard: esbuild bundles src/main.tsx (Preact, the CSS, everything; nothing is fetched
// from elsewhere at run time) into content-hashed files under dist/ui/, and dist/index.html is written
// from src/index.html with those names. Hashed names can be cached for good; index.html is the one
// file the scheduler serves with no-cache.
import { build } from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const ui = path.join(dist, 'ui');

await rm(dist, { recursive: true, force: true });
await mkdir(ui, { recursive: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: [path.join(root, 'src', 'main.tsx')],
  bundle: true,
  outdir: ui,
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  format: 'esm',
  target: ['es2022', 'chrome111', 'firefox111', 'safari16'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  minify: true,
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  // Nothing may load from the network at run time: any URL left in the CSS would.
  loader: { '.css': 'css' },
});

const outputs = Object.entries(result.metafile.outputs);
const entry = outputs.find(([, o]) => o.entryPoint !== undefined && o.entryPoint.endsWith('main.tsx'));
if (!entry) throw new Error('esbuild produced no output for src/main.tsx; see the messages above');
const [jsFile, jsOutput] = entry;
const cssFile = jsOutput.cssBundle;
const href = (file) => `/ui/${path.relative(ui, path.join(root, file)).split(path.sep).join('/')}`;

const template = await readFile(path.join(root, 'src', 'index.html'), 'utf8');
for (const marker of ['<!-- styles -->', '<!-- scripts -->']) {
  if (!template.includes(marker))
    throw new Error(`src/index.html lost its ${marker} marker; the build puts the bundle's tags there`);
}
const html = template
  .replace('<!-- styles -->', cssFile ? `<link rel="stylesheet" href="${href(cssFile)}" />` : '')
  .replace('<!-- scripts -->', `<script type="module" src="${href(jsFile)}"></script>`);
await writeFile(path.join(dist, 'index.html'), html);

const sizes = outputs
  .filter(([file]) => !file.endsWith('.map'))
  .map(([file, o]) => `${path.basename(file)} ${(o.bytes / 1024).toFixed(1)} KiB`)
  .join(', ');
console.log(`dashboard built: dist/index.html, ${sizes}`);
