// The scheduler's gRPC edge: the Cassy-compatible API server and the application pause client.
export { startCassyGrpcServer, WARNING_METADATA_KEY, type CassyGrpcServer, type CassyGrpcServerOptions, type GrpcLogger } from './server';
export { createApplicationPauser, type ApplicationPauserOptions, type SrvTarget } from './pause-client';
export { createInMemoryRegistrationStore, createStoredRegistrationStore, type CassyRegistration, type CassyRegistrationStore } from './registrations';
export { REASON_METADATA_KEY } from './errors';
