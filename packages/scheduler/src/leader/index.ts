// Leader election: ZooKeeper for a cluster, the embedded store's lock for local mode.
export {
  LEADER_INFO_FIELDS,
  LeadershipLostError,
  type LeaderElection,
  type LeaderElectionEvents,
  type LeaderInfo,
  type LeadershipEndReason,
  type LeadershipTerm,
} from './leader-election';
export { readLeader } from './candidates';
export { electionPath, ZooKeeperLeaderElection, type ZooKeeperLeaderElectionOptions } from './zookeeper-leader-election';
export { LocalLeaderElection, type LocalLeaderElectionOptions } from './local-leader-election';
