// Zod schemas shared by both route families: request parts (path, query, body) are validated with
// them, and the OpenAPI document is generated from the same objects, so the two cannot drift apart.
import { z } from 'zod';

// Names and references that end up in paths, ids and messages: no separators, no "..", bounded.
const NAME_CHARS = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/** A node: its id (node-0), IP address, hostname or executor id. */
export const NodeRef = z
  .string()
  .min(1, 'name a node: its id (node-0), IP address, hostname or executor id')
  .max(253, 'a node reference has at most 253 characters')
  .regex(NAME_CHARS, 'a node reference is an id (node-0), IP address, hostname or executor id: letters, digits, ".", ":", "_" and "-" only')
  .refine((v) => !v.includes('..'), 'a node reference must not contain ".."')
  .meta({ description: 'node id (node-0), IP address, hostname or executor id', example: 'node-0' });

export const PlanName = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,62}$/, 'a plan name is lower-case letters, digits and "-" (e.g. deploy)')
  .meta({ description: 'plan name', example: 'deploy' });

/** A phase or step, by id (UUID from the plan) or by name. */
export const PlanElementRef = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'at most 200 characters')
  .regex(NAME_CHARS, 'an id or a name from the plan: letters, digits, ".", ":", "_" and "-" only')
  .refine((v) => !v.includes('..'), 'must not contain ".."');

/** A backup name: becomes part of object keys and directory names. */
export const BackupName = z
  .string()
  .min(1, 'name the backup')
  .max(128, 'a backup name has at most 128 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'a backup name is letters, digits, ".", "_" and "-", starting with a letter or digit')
  .refine((v) => !v.includes('..'), 'a backup name must not contain ".."');

/** A CQL keyspace or table name (unquoted identifier). */
export const CqlIdentifier = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,47}$/, 'a keyspace or table name is a letter followed by up to 47 letters, digits or "_"');

/** A whole number in a query string ("3"), as a number. */
export function queryInt(min: number, max: number): z.ZodType<number, string> {
  return z
    .string()
    .regex(/^\d{1,9}$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
}

export const NoInput = z.strictObject({});

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'stable error code, e.g. NODE_NOT_FOUND' }),
      message: z.string().meta({ description: 'what was wrong and what to do' }),
      details: z.unknown().optional().meta({ description: 'e.g. field-level problems [{field, message}]' }),
    }),
  })
  .meta({ description: 'every error: a stable code, what was wrong and what to do' });

export const PlanStatusSchema = z.enum(['PENDING', 'IN_PROGRESS', 'COMPLETE', 'WAITING', 'ERROR']);

export const RenderedPlanSchema = z
  .object({
    phases: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        steps: z.array(z.object({ id: z.string(), status: PlanStatusSchema, name: z.string(), message: z.string() })),
        status: PlanStatusSchema,
      }),
    ),
    errors: z.array(z.string()),
    status: PlanStatusSchema,
  })
  .meta({ description: 'DC/OS plan shape; HTTP 200 when COMPLETE, 503 otherwise' });

export const MessageSchema = z.object({ message: z.string() });
export const StringList = z.array(z.string());

/** Answer of a node decommission (both families). */
export const DecommissionSchema = z.object({ nodeId: z.string(), nodeCount: z.number().meta({ description: 'the new target node count' }) });
