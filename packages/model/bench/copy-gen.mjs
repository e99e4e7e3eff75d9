// tsc compiles the bench against the generated .d.ts files but does not emit the generated JavaScript
// beside them: copy it next to the compiled sources so the bench runs from bench/dist.
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = fileURLToPath(new URL('..', import.meta.url));
cpSync(`${pkg}/src/gen`, `${pkg}/bench/dist/src/gen`, { recursive: true });
