// Identifiers as a Mesos master makes them, and the ID rules it enforces (validateID).
import { randomBytes, randomUUID } from 'node:crypto';

export function newMasterId(): string {
  return randomUUID();
}

/** Mesos formats framework IDs as "<masterId>-%04d", offers "<masterId>-O<n>", agents "<masterId>-S<n>". */
export class IdGenerator {
  private frameworks = 0;
  private offers = 0;
  private agents = 0;

  constructor(readonly masterId: string) {}

  framework(): string {
    return `${this.masterId}-${String(this.frameworks++).padStart(4, '0')}`;
  }

  offer(): string {
    return `${this.masterId}-O${this.offers++}`;
  }

  agent(): string {
    return `${this.masterId}-S${this.agents++}`;
  }
}

/** common::validation::validateID: returns the problem, or undefined when the ID is acceptable. */
export function validateId(id: string): string | undefined {
  if (id.length === 0) return 'ID must not be empty';
  if (Buffer.byteLength(id, 'utf8') > 255) return 'ID must not be greater than 255 characters';
  if (id === '.' || id === '..') return "'.' and '..' are reserved";
  if (/[\\/]/.test(id)) return "'/' and '\\' are not allowed";
   
  if (/[\u0000-\u001f\u007f]/.test(id)) return 'Control characters are not allowed';
  return undefined;
}

/** 16 random bytes shaped as an RFC 4122 version 4 UUID (what TaskStatus.uuid and OperationStatus carry). */
export function uuidBytes(): Uint8Array {
  const b = randomBytes(16);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  return new Uint8Array(b);
}

export function isValidUuidBytes(bytes: Uint8Array | null | undefined): boolean {
  return bytes !== null && bytes !== undefined && bytes.length === 16;
}

export function uuidKey(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}
