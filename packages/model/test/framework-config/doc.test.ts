import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIGURATION_DOC_COMMAND, CONFIGURATION_DOC_PATH, SCHEDULER_ENVIRONMENT, renderConfigurationDoc } from '../../src';

const REPO = join(__dirname, '..', '..', '..', '..');

describe('docs/configuration.md', () => {
  it('is the rendering of the settings table', () => {
    const committed = readFileSync(join(REPO, CONFIGURATION_DOC_PATH), 'utf8');
    const rendered = renderConfigurationDoc();
    if (committed !== rendered) {
      throw new Error(`${CONFIGURATION_DOC_PATH} differs from the settings table: regenerate it with\n  ${CONFIGURATION_DOC_COMMAND}\nand commit the result.`);
    }
  });

  it('documents every variable once, with its default', () => {
    const doc = renderConfigurationDoc();
    for (const s of SCHEDULER_ENVIRONMENT) {
      const rows = doc.split('\n').filter((line) => line.startsWith(`| \`${s.name}\` |`) && line.split('|').length === 7);
      expect([s.name, rows.length]).toEqual([s.name, 1]);
      if (typeof s.default === 'string' && s.default !== '') expect(rows[0]).toContain(`| \`${s.default}\` |`);
    }
    expect(doc.split('\n').slice(0, 5).join('\n')).toContain(CONFIGURATION_DOC_COMMAND);
  });

  it('defaults to the Cassandra version the runtime setup installs', () => {
    const pinned = /^CASSANDRA_VERSION=(.+)$/m.exec(readFileSync(join(REPO, 'scripts', 'runtime-versions.env'), 'utf8'))?.[1];
    expect(SCHEDULER_ENVIRONMENT.find((s) => s.name === 'CASSANDRA_MESOS_CASSANDRA_VERSION')?.default).toBe(pinned);
  });

  it('has defaults that parse, and examples that parse, for every variable', () => {
    for (const s of SCHEDULER_ENVIRONMENT) {
      if (typeof s.default === 'string' && s.default !== '') expect([s.name, s.type.parse(s.default).ok]).toEqual([s.name, true]);
      if (s.example !== undefined) expect([s.name, s.type.parse(s.example).ok]).toEqual([s.name, true]);
    }
  });
});
