// Checks the Mesos v1 schema against the facts of Mesos 1.11 (shared/reference/mesos-v1-http-api.md
// §1.6, §1.7, §2, §3.3): defaults, deprecations, enum numbers and the field tables of the calls and
// events. The expected values below are written out by hand from those tables on purpose.
import * as protobuf from 'protobufjs';
import { mesos } from '../../src/gen/mesos';
import { fromHex, loadReflectionRoot, reflectionTypes } from '../support/protos';

const root = loadReflectionRoot();
const types = reflectionTypes(root);

function type(name: string): protobuf.Type {
  const t = types.get(name);
  if (!t) throw new Error(`no message ${name}`);
  return t;
}

/** A field as a proto2 declaration line, e.g. "optional FrameworkID framework_id = 1". */
function declaration(field: protobuf.Field): string {
  if (field instanceof protobuf.MapField)
    return `map<${field.keyType}, ${field.type}> ${field.name} = ${field.id}`;
  const label = field.partOf
    ? 'oneof'
    : field.required
      ? 'required'
      : field.repeated
        ? 'repeated'
        : 'optional';
  return `${label} ${field.type} ${field.name} = ${field.id}`;
}

function declarations(name: string): string[] {
  return type(name)
    .fieldsArray.map(declaration)
    .sort((a, b) => Number(a.split(' = ')[1]) - Number(b.split(' = ')[1]));
}

/** The enum of a generated namespace as a plain name -> number object (own keys only). */
function enumValues(e: object): Record<string, number> {
  return { ...(e as Record<string, number>) };
}

describe('Mesos v1 defaults', () => {
  it('are the upstream ones on freshly created and on decoded-from-empty messages', () => {
    const v1 = mesos.v1;
    // Messages without required fields can be decoded from zero bytes: every value is a default.
    expect(v1.Filters.decode(new Uint8Array(0)).refuse_seconds).toBe(5);
    expect(new v1.Filters().refuse_seconds).toBe(5);

    const fw = v1.FrameworkInfo.decode(fromHex('0a 01 75 12 01 6e')); // user "u", name "n"
    expect(fw.failover_timeout).toBe(0);
    expect(fw.checkpoint).toBe(false);
    expect(fw.role).toBe('*');

    expect(new v1.CommandInfo().shell).toBe(true);
    expect(new v1.CommandInfo.URI().extract).toBe(true);
    expect(new v1.Environment.Variable().type).toBe(v1.Environment.Variable.Type.VALUE);

    const hc = new v1.HealthCheck();
    expect([
      hc.delay_seconds,
      hc.interval_seconds,
      hc.timeout_seconds,
      hc.consecutive_failures,
      hc.grace_period_seconds,
    ]).toEqual([15, 10, 20, 3, 10]);
    expect(new v1.HealthCheck.HTTPCheckInfo().protocol).toBe(v1.NetworkInfo.Protocol.IPv4);
    expect(new v1.HealthCheck.TCPCheckInfo().protocol).toBe(v1.NetworkInfo.Protocol.IPv4);
    const check = new v1.CheckInfo();
    expect([check.delay_seconds, check.interval_seconds, check.timeout_seconds]).toEqual([15, 10, 20]);

    expect(new v1.Resource().role).toBe('*');
    expect(new v1.AgentInfo().port).toBe(5051);
    expect(new v1.MasterInfo().port).toBe(5050);
    expect(new v1.Image().cached).toBe(true);
    expect(new v1.ContainerInfo.DockerInfo().network).toBe(v1.ContainerInfo.DockerInfo.Network.HOST);
    expect(new v1.ContainerInfo.DockerInfo().privileged).toBe(false);
    expect(new v1.NetworkInfo.IPAddress().protocol).toBe(v1.NetworkInfo.Protocol.IPv4);
    expect(new v1.LinuxInfo().share_cgroups).toBe(true);

    // Defaults are not presence: an unset default is not encoded, and toObject only shows it on request.
    expect(v1.CommandInfo.encode({ value: 'x' }).finish()).toHaveLength(3); // 1a 01 78
    expect(v1.CommandInfo.toObject(v1.CommandInfo.decode(fromHex('1a 01 78')))).toEqual({ value: 'x' });
    expect(
      v1.CommandInfo.toObject(v1.CommandInfo.decode(fromHex('1a 01 78')), { defaults: true }),
    ).toMatchObject({ value: 'x', shell: true });
  });

  it('exist exactly on these fields (the complete list for the three files)', () => {
    const found: Record<string, unknown> = {};
    for (const [name, t] of types) {
      for (const f of t.fieldsArray) {
        const options: Record<string, unknown> = f.options ?? {};
        if ('default' in options) found[`${name}.${f.name}`] = options.default;
      }
    }
    expect(found).toEqual({
      'mesos.v1.FrameworkInfo.failover_timeout': 0,
      'mesos.v1.FrameworkInfo.checkpoint': false,
      'mesos.v1.FrameworkInfo.role': '*',
      'mesos.v1.MasterInfo.port': 5050,
      'mesos.v1.AgentInfo.port': 5051,
      'mesos.v1.Resource.role': '*',
      'mesos.v1.CommandInfo.shell': true,
      'mesos.v1.CommandInfo.URI.extract': true,
      'mesos.v1.Environment.Variable.type': 'VALUE',
      'mesos.v1.CheckInfo.delay_seconds': 15,
      'mesos.v1.CheckInfo.interval_seconds': 10,
      'mesos.v1.CheckInfo.timeout_seconds': 20,
      'mesos.v1.HealthCheck.delay_seconds': 15,
      'mesos.v1.HealthCheck.interval_seconds': 10,
      'mesos.v1.HealthCheck.timeout_seconds': 20,
      'mesos.v1.HealthCheck.consecutive_failures': 3,
      'mesos.v1.HealthCheck.grace_period_seconds': 10,
      'mesos.v1.HealthCheck.HTTPCheckInfo.protocol': 'IPv4',
      'mesos.v1.HealthCheck.TCPCheckInfo.protocol': 'IPv4',
      'mesos.v1.Filters.refuse_seconds': 5,
      'mesos.v1.Image.cached': true,
      'mesos.v1.NetworkInfo.IPAddress.protocol': 'IPv4',
      'mesos.v1.LinuxInfo.share_cgroups': true,
      'mesos.v1.ContainerInfo.DockerInfo.network': 'HOST',
      'mesos.v1.ContainerInfo.DockerInfo.privileged': false,
    });
  });

  it('marks the upstream deprecated fields deprecated (Mesos JSON does not emit their defaults)', () => {
    const deprecated: string[] = [];
    for (const [name, t] of types) {
      for (const f of t.fieldsArray) {
        const options: Record<string, unknown> = f.options ?? {};
        if (options.deprecated === true) deprecated.push(`${name}.${f.name}`);
      }
    }
    expect(deprecated.sort()).toEqual(
      [
        'mesos.v1.ContainerInfo.DockerInfo.volume_driver',
        'mesos.v1.ExecutorInfo.source',
        'mesos.v1.FrameworkInfo.role',
        'mesos.v1.Image.Docker.credential',
        'mesos.v1.LinuxInfo.capability_info',
        'mesos.v1.Resource.role',
      ].sort(),
    );
  });
});

describe('Mesos v1 enum numbers', () => {
  it('TaskState: every value', () => {
    expect(enumValues(mesos.v1.TaskState)).toEqual({
      TASK_STAGING: 6,
      TASK_STARTING: 0,
      TASK_RUNNING: 1,
      TASK_KILLING: 8,
      TASK_FINISHED: 2,
      TASK_FAILED: 3,
      TASK_KILLED: 4,
      TASK_ERROR: 7,
      TASK_LOST: 5,
      TASK_DROPPED: 9,
      TASK_UNREACHABLE: 10,
      TASK_GONE: 11,
      TASK_GONE_BY_OPERATOR: 12,
      TASK_UNKNOWN: 13,
    });
  });

  it('TaskStatus.Reason: every value; REASON_AGENT_* keep the numbers of v0 REASON_SLAVE_*', () => {
    expect(enumValues(mesos.v1.TaskStatus.Reason)).toEqual({
      REASON_COMMAND_EXECUTOR_FAILED: 0,
      REASON_CONTAINER_LAUNCH_FAILED: 21,
      REASON_CONTAINER_LIMITATION: 19,
      REASON_CONTAINER_LIMITATION_DISK: 20,
      REASON_CONTAINER_LIMITATION_MEMORY: 8,
      REASON_CONTAINER_PREEMPTED: 17,
      REASON_CONTAINER_UPDATE_FAILED: 22,
      REASON_MAX_COMPLETION_TIME_REACHED: 33,
      REASON_EXECUTOR_REGISTRATION_TIMEOUT: 23,
      REASON_EXECUTOR_REREGISTRATION_TIMEOUT: 24,
      REASON_EXECUTOR_TERMINATED: 1,
      REASON_EXECUTOR_UNREGISTERED: 2,
      REASON_FRAMEWORK_REMOVED: 3,
      REASON_GC_ERROR: 4,
      REASON_INVALID_FRAMEWORKID: 5,
      REASON_INVALID_OFFERS: 6,
      REASON_IO_SWITCHBOARD_EXITED: 27,
      REASON_MASTER_DISCONNECTED: 7,
      REASON_RECONCILIATION: 9,
      REASON_RESOURCES_UNKNOWN: 18,
      REASON_AGENT_DISCONNECTED: 10, // v0 REASON_SLAVE_DISCONNECTED
      REASON_AGENT_DRAINING: 34, // v0 REASON_SLAVE_DRAINING
      REASON_AGENT_REMOVED: 11, // v0 REASON_SLAVE_REMOVED
      REASON_AGENT_REMOVED_BY_OPERATOR: 31, // v0 REASON_SLAVE_REMOVED_BY_OPERATOR
      REASON_AGENT_REREGISTERED: 32, // v0 REASON_SLAVE_REREGISTERED
      REASON_AGENT_RESTARTED: 12, // v0 REASON_SLAVE_RESTARTED
      REASON_AGENT_UNKNOWN: 13, // v0 REASON_SLAVE_UNKNOWN
      REASON_TASK_KILLED_DURING_LAUNCH: 30,
      REASON_TASK_CHECK_STATUS_UPDATED: 28,
      REASON_TASK_HEALTH_CHECK_STATUS_UPDATED: 29,
      REASON_TASK_GROUP_INVALID: 25,
      REASON_TASK_GROUP_UNAUTHORIZED: 26,
      REASON_TASK_INVALID: 14,
      REASON_TASK_UNAUTHORIZED: 15,
      REASON_TASK_UNKNOWN: 16,
    });
  });

  it('TaskStatus.Source, OperationState, Value.Type, Offer.Operation.Type, capabilities', () => {
    expect(enumValues(mesos.v1.TaskStatus.Source)).toEqual({
      SOURCE_MASTER: 0,
      SOURCE_AGENT: 1,
      SOURCE_EXECUTOR: 2,
    });
    expect(enumValues(mesos.v1.OperationState)).toEqual({
      OPERATION_UNSUPPORTED: 0,
      OPERATION_PENDING: 1,
      OPERATION_FINISHED: 2,
      OPERATION_FAILED: 3,
      OPERATION_ERROR: 4,
      OPERATION_DROPPED: 5,
      OPERATION_UNREACHABLE: 6,
      OPERATION_GONE_BY_OPERATOR: 7,
      OPERATION_RECOVERING: 8,
      OPERATION_UNKNOWN: 9,
    });
    expect(enumValues(mesos.v1.Value.Type)).toEqual({ SCALAR: 0, RANGES: 1, SET: 2, TEXT: 3 });
    expect(enumValues(mesos.v1.Offer.Operation.Type)).toEqual({
      UNKNOWN: 0,
      LAUNCH: 1,
      LAUNCH_GROUP: 6,
      RESERVE: 2,
      UNRESERVE: 3,
      CREATE: 4,
      DESTROY: 5,
      GROW_VOLUME: 11,
      SHRINK_VOLUME: 12,
      CREATE_DISK: 13,
      DESTROY_DISK: 14,
    });
    expect(enumValues(mesos.v1.FrameworkInfo.Capability.Type)).toEqual({
      UNKNOWN: 0,
      REVOCABLE_RESOURCES: 1,
      TASK_KILLING_STATE: 2,
      GPU_RESOURCES: 3,
      SHARED_RESOURCES: 4,
      PARTITION_AWARE: 5,
      MULTI_ROLE: 6,
      RESERVATION_REFINEMENT: 7,
      REGION_AWARE: 8,
    });
    expect(enumValues(mesos.v1.MasterInfo.Capability.Type)).toEqual({
      UNKNOWN: 0,
      AGENT_UPDATE: 1,
      AGENT_DRAINING: 2,
      QUOTA_V2: 3,
    });
    expect(enumValues(mesos.v1.ExecutorInfo.Type)).toEqual({ UNKNOWN: 0, DEFAULT: 1, CUSTOM: 2 });
    expect(enumValues(mesos.v1.Resource.ReservationInfo.Type)).toEqual({ UNKNOWN: 0, STATIC: 1, DYNAMIC: 2 });
    expect(enumValues(mesos.v1.Resource.DiskInfo.Source.Type)).toEqual({
      UNKNOWN: 0,
      PATH: 1,
      MOUNT: 2,
      BLOCK: 3,
      RAW: 4,
    });
    expect(enumValues(mesos.v1.Volume.Mode)).toEqual({ RW: 1, RO: 2 });
    expect(enumValues(mesos.v1.ContainerInfo.Type)).toEqual({ DOCKER: 1, MESOS: 2 });
  });

  it('scheduler and executor Call.Type / Event.Type', () => {
    expect(enumValues(mesos.v1.scheduler.Call.Type)).toEqual({
      UNKNOWN: 0,
      SUBSCRIBE: 1,
      TEARDOWN: 2,
      ACCEPT: 3,
      DECLINE: 4,
      ACCEPT_INVERSE_OFFERS: 13,
      DECLINE_INVERSE_OFFERS: 14,
      REVIVE: 5,
      KILL: 6,
      SHUTDOWN: 7,
      ACKNOWLEDGE: 8,
      ACKNOWLEDGE_OPERATION_STATUS: 15,
      RECONCILE: 9,
      RECONCILE_OPERATIONS: 16,
      MESSAGE: 10,
      REQUEST: 11,
      SUPPRESS: 12,
      UPDATE_FRAMEWORK: 17,
    });
    expect(enumValues(mesos.v1.scheduler.Event.Type)).toEqual({
      UNKNOWN: 0,
      SUBSCRIBED: 1,
      OFFERS: 2,
      INVERSE_OFFERS: 9,
      RESCIND: 3,
      RESCIND_INVERSE_OFFER: 10,
      UPDATE: 4,
      UPDATE_OPERATION_STATUS: 11,
      MESSAGE: 5,
      FAILURE: 6,
      ERROR: 7,
      HEARTBEAT: 8,
    });
    expect(enumValues(mesos.v1.executor.Call.Type)).toEqual({
      UNKNOWN: 0,
      SUBSCRIBE: 1,
      UPDATE: 2,
      MESSAGE: 3,
      HEARTBEAT: 4,
    });
    expect(enumValues(mesos.v1.executor.Event.Type)).toEqual({
      UNKNOWN: 0,
      SUBSCRIBED: 1,
      LAUNCH: 2,
      LAUNCH_GROUP: 8,
      KILL: 3,
      ACKNOWLEDGED: 4,
      MESSAGE: 5,
      ERROR: 6,
      SHUTDOWN: 7,
      HEARTBEAT: 9,
    });
  });
});

describe('Mesos v1 field tables', () => {
  it('scheduler.Call', () => {
    expect(declarations('mesos.v1.scheduler.Call')).toEqual([
      'optional FrameworkID framework_id = 1',
      'optional Type type = 2',
      'optional Subscribe subscribe = 3',
      'optional Accept accept = 4',
      'optional Decline decline = 5',
      'optional Kill kill = 6',
      'optional Shutdown shutdown = 7',
      'optional Acknowledge acknowledge = 8',
      'optional Reconcile reconcile = 9',
      'optional Message message = 10',
      'optional Request request = 11',
      'optional AcceptInverseOffers accept_inverse_offers = 13',
      'optional DeclineInverseOffers decline_inverse_offers = 14',
      'optional Revive revive = 15',
      'optional Suppress suppress = 16',
      'optional AcknowledgeOperationStatus acknowledge_operation_status = 17',
      'optional ReconcileOperations reconcile_operations = 18',
      'optional UpdateFramework update_framework = 19',
    ]);
    expect(declarations('mesos.v1.scheduler.Call.Subscribe')).toEqual([
      'required FrameworkInfo framework_info = 1',
      'repeated string suppressed_roles = 2',
      'optional OfferConstraints offer_constraints = 3',
    ]);
    expect(declarations('mesos.v1.scheduler.Call.Acknowledge')).toEqual([
      'required AgentID agent_id = 1',
      'required TaskID task_id = 2',
      'required bytes uuid = 3',
    ]);
    expect(declarations('mesos.v1.scheduler.Call.AcknowledgeOperationStatus')).toEqual([
      'optional AgentID agent_id = 1',
      'optional ResourceProviderID resource_provider_id = 2',
      'required bytes uuid = 3',
      'required OperationID operation_id = 4',
    ]);
    expect(declarations('mesos.v1.scheduler.Call.Request')).toEqual([
      'repeated mesos.v1.Request requests = 1',
    ]);
    expect(declarations('mesos.v1.scheduler.OfferConstraints')).toEqual([
      'map<string, RoleConstraints> role_constraints = 1',
    ]);
    expect(declarations('mesos.v1.scheduler.AttributeConstraint.Selector')).toEqual([
      'oneof PseudoattributeType pseudoattribute_type = 1',
      'oneof string attribute_name = 2',
    ]);
  });

  it('scheduler.Event', () => {
    expect(declarations('mesos.v1.scheduler.Event')).toEqual([
      'optional Type type = 1',
      'optional Subscribed subscribed = 2',
      'optional Offers offers = 3',
      'optional Rescind rescind = 4',
      'optional Update update = 5',
      'optional Message message = 6',
      'optional Failure failure = 7',
      'optional Error error = 8',
      'optional InverseOffers inverse_offers = 9',
      'optional RescindInverseOffer rescind_inverse_offer = 10',
      'optional UpdateOperationStatus update_operation_status = 11',
    ]);
    expect(declarations('mesos.v1.scheduler.Event.Subscribed')).toEqual([
      'required FrameworkID framework_id = 1',
      'optional double heartbeat_interval_seconds = 2',
      'optional MasterInfo master_info = 3',
    ]);
    expect(declarations('mesos.v1.scheduler.Event.Failure')).toEqual([
      'optional AgentID agent_id = 1',
      'optional ExecutorID executor_id = 2',
      'optional int32 status = 3',
    ]);
  });

  it('executor.Call and executor.Event', () => {
    expect(declarations('mesos.v1.executor.Call')).toEqual([
      'required ExecutorID executor_id = 1',
      'required FrameworkID framework_id = 2',
      'optional Type type = 3',
      'optional Subscribe subscribe = 4',
      'optional Update update = 5',
      'optional Message message = 6',
    ]);
    expect(declarations('mesos.v1.executor.Call.Message')).toEqual(['required bytes data = 2']);
    expect(declarations('mesos.v1.executor.Call.Subscribe')).toEqual([
      'repeated TaskInfo unacknowledged_tasks = 1',
      'repeated Update unacknowledged_updates = 2',
    ]);
    expect(declarations('mesos.v1.executor.Event')).toEqual([
      'optional Type type = 1',
      'optional Subscribed subscribed = 2',
      'optional Acknowledged acknowledged = 3',
      'optional Launch launch = 4',
      'optional Kill kill = 5',
      'optional Message message = 6',
      'optional Error error = 7',
      'optional LaunchGroup launch_group = 8',
    ]);
    expect(declarations('mesos.v1.executor.Event.Subscribed')).toEqual([
      'required ExecutorInfo executor_info = 1',
      'required FrameworkInfo framework_info = 2',
      'required AgentInfo agent_info = 3',
      'optional ContainerID container_id = 4',
    ]);
  });

  it('TaskStatus and TaskInfo', () => {
    expect(declarations('mesos.v1.TaskStatus')).toEqual([
      'required TaskID task_id = 1',
      'required TaskState state = 2',
      'optional bytes data = 3',
      'optional string message = 4',
      'optional AgentID agent_id = 5',
      'optional double timestamp = 6',
      'optional ExecutorID executor_id = 7',
      'optional bool healthy = 8',
      'optional Source source = 9',
      'optional Reason reason = 10',
      'optional bytes uuid = 11',
      'optional Labels labels = 12',
      'optional ContainerStatus container_status = 13',
      'optional TimeInfo unreachable_time = 14',
      'optional CheckStatusInfo check_status = 15',
      'optional TaskResourceLimitation limitation = 16',
    ]);
    expect(declarations('mesos.v1.TaskInfo')).toEqual([
      'required string name = 1',
      'required TaskID task_id = 2',
      'required AgentID agent_id = 3',
      'repeated Resource resources = 4',
      'optional ExecutorInfo executor = 5',
      'optional bytes data = 6',
      'optional CommandInfo command = 7',
      'optional HealthCheck health_check = 8',
      'optional ContainerInfo container = 9',
      'optional Labels labels = 10',
      'optional DiscoveryInfo discovery = 11',
      'optional KillPolicy kill_policy = 12',
      'optional CheckInfo check = 13',
      'optional DurationInfo max_completion_time = 14',
      'map<string, Value.Scalar> limits = 15',
    ]);
  });
});
