// Bundles a workspace app (its compiled dist/ entry) into one CommonJS file for Node 20 with every
// dependency inside, so the host that runs it needs Node.js and nothing from npm.
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';

// `createRequire(__filename)('x')` (how a CommonJS file loads an ESM-typed package) is require('x')
// to Node, but esbuild cannot follow it and would leave it to a node_modules the agent does not have.
const CREATE_REQUIRE_CALL = /\(0, *[\w$]+\.createRequire\)\(__filename\)\((['"])([^'"]+)\1\)/g;
const WORKSPACE_DIST_FILE = /[\\/]packages[\\/][^\\/]+[\\/]dist[\\/].*\.js$/;

const staticRequires = {
  name: 'static-requires',
  setup(b) {
    b.onLoad({ filter: WORKSPACE_DIST_FILE }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const contents = source.replace(CREATE_REQUIRE_CALL, (_call, _quote, id) => `require(${JSON.stringify(id)})`);
      if (contents.includes('createRequire)(')) {
        return { errors: [{ text: `${args.path} loads a module through createRequire in a form the packager cannot make static; use require('<package>') with a literal name` }] };
      }
      return { contents, loader: 'js' };
    });
  },
};

/**
 * @param {{ entry: string, label: string }} options
 * @returns {Promise<{ code: Buffer, packages: string[] }>} the bundle and the npm packages inside it
 */
export async function bundleApp({ entry, label }) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    write: false,
    outfile: `${label}.js`,
    // Readable stack traces on the agent are worth more than the size a minifier saves.
    minify: false,
    legalComments: 'eof',
    metafile: true,
    plugins: [staticRequires],
    logLevel: 'silent',
  }).catch((err) => {
    throw new Error(`bundling ${label} (${entry}) failed:\n${formatMessages(err.errors ?? [])}`);
  });
  // A warning (a require esbuild cannot resolve, say) is a bundle that fails on the agent: stop here.
  if (result.warnings.length > 0) {
    throw new Error(`bundling ${label} (${entry}) gave warnings; each can break the bundle without node_modules:\n${formatMessages(result.warnings)}`);
  }
  const [output] = result.outputFiles;
  if (!output) throw new Error(`bundling ${label} produced no output`);
  return { code: Buffer.from(output.contents), packages: bundledPackages(result.metafile) };
}

function bundledPackages(metafile) {
  const names = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match?.[1]) names.add(match[1]);
  }
  return [...names].sort();
}

function formatMessages(messages) {
  return messages
    .map((m) => `- ${m.text}${m.location ? ` (${m.location.file}:${m.location.line})` : ''}`)
    .join('\n');
}
