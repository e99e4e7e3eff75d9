// Identifiers the agent makes up: status-update uuids (16 raw bytes, RFC 4122 version 4) and container IDs.
import { randomBytes, randomUUID } from 'node:crypto';

export function newUuidBytes(): Uint8Array {
  const b = randomBytes(16);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40; // version 4
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80; // RFC 4122 variant
  return new Uint8Array(b);
}

export function uuidKey(uuid: Uint8Array): string {
  return Buffer.from(uuid).toString('hex');
}

export function newContainerId(): string {
  return randomUUID();
}
