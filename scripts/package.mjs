#!/usr/bin/env node
// `npm run package`: the self-contained artifacts, from the compiled workspaces (run after a build).
//
//   cassandra-mesos-executor-<version>.tar.gz    what Mesos fetches into every executor's sandbox
//     cassandra-mesos-executor/{bin/cassandra-mesos-executor, lib/executor.js, VERSION, README.md}
//   cassandra-mesos-scheduler-<version>.tar.gz   what Marathon fetches for the scheduler
//     cassandra-mesos-scheduler/{bin/…, lib/scheduler.js, artifacts/<executor tarball>, dashboard/, VERSION, README.md}
//
// lib/*.js are esbuild bundles (Node 20, every dependency inside); bin/* is a POSIX sh launcher that
// finds Node.js 20+. The tarballs are reproducible: sorted entries, owner 0:0, one mtime
// ($SOURCE_DATE_EPOCH, else the last commit's time).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleApp } from './package/bundle.mjs';
import { tarGz } from './package/tar.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MIN_NODE_MAJOR = 20;
const USAGE = `Usage: node scripts/package.mjs [--executor-only] [--out-dir <dir>]

Builds the executor and scheduler tarballs from packages/*/dist (run \`npm run build\` first) into
<dir> (default dist-artifacts/). --executor-only skips the scheduler artifact.`;

const APPS = {
  executor: { workspace: 'packages/executor', name: 'cassandra-mesos-executor', entry: 'executor.js' },
  scheduler: { workspace: 'packages/scheduler', name: 'cassandra-mesos-scheduler', entry: 'scheduler.js' },
};

function parseArgs(argv) {
  const options = { executorOnly: false, outDir: join(ROOT, 'dist-artifacts') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--executor-only') options.executorOnly = true;
    else if (arg === '--out-dir' && argv[i + 1]) options.outDir = resolve(argv[++i]);
    else throw new UsageError(`unknown or incomplete argument '${arg}'`);
  }
  return options;
}

class UsageError extends Error {}

/** One mtime for every entry: reproducible builds take it from the environment or the commit. */
function archiveTime() {
  const fromEnv = process.env.SOURCE_DATE_EPOCH;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!/^\d+$/.test(fromEnv)) throw new UsageError(`SOURCE_DATE_EPOCH='${fromEnv}' is not a whole number of seconds since 1970`);
    return Number(fromEnv);
  }
  try {
    return Number(execFileSync('git', ['-C', ROOT, 'log', '-1', '--format=%ct'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()) || 0;
  } catch {
    return 0; // not a git checkout: the epoch is as reproducible as any other constant
  }
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function launcher({ name, version, entry }) {
  const template = readFileSync(join(ROOT, 'scripts', 'package', 'launcher.sh'), 'utf8');
  const text = template
    .replaceAll('@NAME@', name)
    .replaceAll('@VERSION@', version)
    .replaceAll('@ENTRY@', entry)
    .replaceAll('@MIN_NODE_MAJOR@', String(MIN_NODE_MAJOR));
  const left = /@[A-Z_]+@/.exec(text);
  if (left) throw new Error(`scripts/package/launcher.sh has a placeholder the packager does not fill: ${left[0]}`);
  return Buffer.from(text);
}

/** Bundles one app and returns its tarball (name and bytes); `extra` adds entries under its top dir. */
async function packageApp(app, mtimeSeconds, extra = []) {
  const workspace = join(ROOT, app.workspace);
  const { version } = readJson(join(workspace, 'package.json'));
  const main = join(workspace, 'dist', 'main.js');
  if (!existsSync(main)) throw new UsageError(`${relative(ROOT, main)} does not exist: run \`npm run build\` first`);
  const { code, packages } = await bundleApp({ entry: main, label: app.name });
  const top = `${app.name}/`;
  const entries = [
    { path: top, mode: 0o755 },
    { path: `${top}bin/`, mode: 0o755 },
    { path: `${top}bin/${app.name}`, mode: 0o755, content: launcher({ name: app.name, version, entry: app.entry }) },
    { path: `${top}lib/`, mode: 0o755 },
    { path: `${top}lib/${app.entry}`, mode: 0o644, content: code },
    { path: `${top}VERSION`, mode: 0o644, content: Buffer.from(`${version}\n`) },
    { path: `${top}README.md`, mode: 0o644, content: readFileSync(join(workspace, 'package', 'README.md')) },
    ...extra.map((e) => ({ ...e, path: `${top}${e.path}` })),
  ];
  return { fileName: `${app.name}-${version}.tar.gz`, bytes: tarGz(entries, { mtimeSeconds }), packages };
}

/**
 * The built web dashboard (packages/dashboard/dist) under `dashboard/` of the scheduler artifact: the
 * bundled scheduler has no node_modules to find it in, so it looks next to its lib/ directory.
 */
function dashboardEntries() {
  const dist = join(ROOT, 'packages', 'dashboard', 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new UsageError(`${relative(ROOT, dist)}/index.html does not exist: run \`npm run build\` first`);
  const entries = [{ path: 'dashboard/', mode: 0o755 }];
  const walk = (dir, rel) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        entries.push({ path: `dashboard/${rel}${name}/`, mode: 0o755 });
        walk(full, `${rel}${name}/`);
      } else {
        entries.push({ path: `dashboard/${rel}${name}`, mode: 0o644, content: readFileSync(full) });
      }
    }
  };
  walk(dist, '');
  return entries;
}

/** Writes through a temporary name, so a reader (a test, the scheduler) never sees half a tarball. */
function writeArtifact(outDir, artifact) {
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, artifact.fileName);
  const partial = `${path}.partial-${process.pid}`;
  writeFileSync(partial, artifact.bytes);
  renameSync(partial, path);
  return path;
}

function describe(path, artifact) {
  const mib = (artifact.bytes.length / (1024 * 1024)).toFixed(2);
  const sha = createHash('sha256').update(artifact.bytes).digest('hex');
  const shown = relative(process.cwd(), path) || path;
  return `${shown}  ${mib} MiB  sha256 ${sha}  (bundles ${artifact.packages.length} npm packages)`;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const mtimeSeconds = archiveTime();
  const executor = await packageApp(APPS.executor, mtimeSeconds);
  const written = [[writeArtifact(options.outDir, executor), executor]];
  if (!options.executorOnly) {
    const artifactsDir = { path: 'artifacts/', mode: 0o755 };
    const executorTarball = { path: `artifacts/${executor.fileName}`, mode: 0o644, content: executor.bytes };
    const scheduler = await packageApp(APPS.scheduler, mtimeSeconds, [artifactsDir, executorTarball, ...dashboardEntries()]);
    written.push([writeArtifact(options.outDir, scheduler), scheduler]);
  }
  for (const [path, artifact] of written) process.stdout.write(`${describe(path, artifact)}\n`);
}

main().catch((err) => {
  process.stderr.write(`package: ${err instanceof Error ? err.message : String(err)}\n`);
  if (err instanceof UsageError) process.stderr.write(`\n${USAGE}\n`);
  process.exit(err instanceof UsageError ? 2 : 1);
});
