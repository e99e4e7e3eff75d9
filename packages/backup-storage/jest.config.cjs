// Unit tier: fakes only. Integration tier: real s3proxy via testkit (its global setup/teardown
// reaps orphans and fails the run if a process it started is still alive).
const tier = process.env.TEST_TIER ?? 'unit';
module.exports = {
  ...require('../../jest.preset.cjs').forTier(tier),
  ...(tier === 'int' ? require('@cassandra-mesos/testkit/jest') : {}),
};
