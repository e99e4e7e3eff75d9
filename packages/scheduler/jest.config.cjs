// Unit tier: fakes and temp directories only. Integration and e2e tiers: real ZooKeeper, Cassandra and
// s3proxy via testkit (its global setup/teardown reaps orphans and fails the run if a process it
// started is still alive).
const tier = process.env.TEST_TIER ?? 'unit';
module.exports = {
  ...require('../../jest.preset.cjs').forTier(tier),
  ...(tier === 'int' || tier === 'e2e' ? require('@cassandra-mesos/testkit/jest') : {}),
};
