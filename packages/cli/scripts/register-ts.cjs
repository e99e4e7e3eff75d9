// Runs TypeScript files under node without a build step (for scripts/record-fixtures.ts): every .ts file
// required is compiled to CommonJS with @swc/core, file by file, so each keeps its own __dirname (the
// scheduler's test harness finds its dist/ and the executor relative to itself).
const { transformSync } = require('@swc/core');
const { readFileSync } = require('node:fs');

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    sourceMaps: 'inline',
    jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
