// Spread into a jest config to get testkit's run-level guarantees:
//   module.exports = { ...require('../jest.preset.cjs').forTier(...), ...require('@cassandra-mesos/testkit/jest') };
// globalSetup reaps processes orphaned by an earlier crashed run; globalTeardown fails the run if a
// process testkit started is still alive. Needs the package built (dist/).
const path = require('node:path');

module.exports = {
  globalSetup: path.join(__dirname, 'dist', 'jest', 'global-setup.js'),
  globalTeardown: path.join(__dirname, 'dist', 'jest', 'global-teardown.js'),
};
