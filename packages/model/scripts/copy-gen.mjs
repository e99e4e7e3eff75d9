// tsc does not emit the generated JavaScript (it compiles against the .d.ts beside it), so copy both.
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = fileURLToPath(new URL('..', import.meta.url));
cpSync(`${pkg}/src/gen`, `${pkg}/dist/gen`, { recursive: true });
