// Shared jest configuration. Tests come in tiers, chosen by file name:
//   *.test.ts      unit: pure logic and fakes, no processes, no network  (npm test)
//   *.int.test.ts  integration: real ZooKeeper / Cassandra / S3          (npm run test:int)
//   *.e2e.test.ts  whole-system scenarios                               (npm run test:e2e)
const path = require('node:path');

const TIERS = {
  unit: { match: ['<rootDir>/**/*.test.ts'], ignore: ['\\.int\\.test\\.ts$', '\\.e2e\\.test\\.ts$'], timeout: 10_000 },
  int: { match: ['<rootDir>/**/*.int.test.ts'], ignore: [], timeout: 300_000 },
  e2e: { match: ['<rootDir>/**/*.e2e.test.ts'], ignore: [], timeout: 900_000 },
};

function forTier(tier) {
  const t = TIERS[tier];
  if (!t) throw new Error(`unknown TEST_TIER '${tier}' (expected one of ${Object.keys(TIERS).join(', ')})`);
  const reporters = ['default'];
  if (process.env.TEST_SUMMARY_FILE) reporters.push(path.join(__dirname, 'scripts', 'jest-summary-reporter.cjs'));
  return {
    testEnvironment: 'node',
    transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }] },
    testMatch: t.match,
    testPathIgnorePatterns: ['/node_modules/', '/dist/', ...t.ignore],
    testTimeout: t.timeout,
    reporters,
    // Integration and e2e tests start JVMs: one file at a time keeps the 2-core machine responsive.
    maxWorkers: tier === 'unit' ? '50%' : 1,
  };
}

module.exports = { forTier };
