// Secrets never leave in a response. The configuration holds none by design, but every body is
// scrubbed anyway on its way out: values under secret-looking keys, and any occurrence of a secret
// this process knows (the API token, the Mesos principal's secret, S3 keys), wherever it appears.

export const REDACTED = '[redacted]';

// Matched against the key lower-cased with "_" and "-" removed, so s3_secret_key, apiToken and
// X-Auth-Token all match, while num_tokens and token_count (Cassandra token counts) do not.
const SECRET_KEY = /secret|password|passwd|passphrase|credential|privatekey|accesskey|apikey|apitoken|authtoken|sessiontoken|bearertoken|authorization|^token$/;

/** Known secrets shorter than this are not searched for in text (they would match everywhere). */
const MIN_SCRUBBED_LENGTH = 6;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key.toLowerCase().replace(/[_-]/g, ''));
}

export class Redactor {
  private readonly secrets: readonly string[];

  constructor(secretValues: ReadonlyArray<string | undefined>) {
    // Longest first, so a secret that contains another is replaced whole.
    this.secrets = [...new Set(secretValues.filter((v): v is string => typeof v === 'string' && v.length >= MIN_SCRUBBED_LENGTH))].sort((a, b) => b.length - a.length);
  }

  /** A copy of `value` with secrets replaced by "[redacted]". */
  redact(value: unknown): unknown {
    if (typeof value === 'string') return this.scrub(value);
    if (Array.isArray(value)) return value.map((v) => this.redact(v));
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value)) {
        out[key] = isSecretKey(key) && v !== null && v !== undefined && v !== '' ? REDACTED : this.redact(v);
      }
      return out;
    }
    return value;
  }

  scrub(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join(REDACTED);
    return out;
  }
}
