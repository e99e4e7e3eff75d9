// POST /api/v1/scheduler with the order of checks and the answers of Master::Http::scheduler (§1.1).
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONTENT_TYPE_JSON, CONTENT_TYPE_PROTOBUF, CodecError, codecFor, jsonCodec, protobufCodec, type Codec } from '@cassandra-mesos/mesos';
import { validateCall } from '../master/call-validation';
import type { Master } from '../master/master';
import { EventStream, type StreamSink } from '../master/stream';
import { Call, CallType } from '../master/types';
import { acceptsMediaType } from './accept-header';
import { authenticate, SCHEDULER_REALM, type Credential } from './basic-auth';
import { BodyTooLargeError, readBody, sendText } from './http-server';

/** leader: normal; non-leader: 307 to `leader`; recovering: 503. */
export type LeadershipMode = { mode: 'leader' } | { mode: 'non-leader'; leader: string } | { mode: 'recovering' };

export interface SchedulerEndpointOptions {
  /** The current master; undefined while it restarts (answered like a recovering master). */
  master(): Master | undefined;
  leadership(): LeadershipMode;
  /** When set, frameworks must authenticate with one of these (HTTP basic). */
  credentials?: readonly Credential[];
}

function responseSink(res: ServerResponse): StreamSink {
  return {
    write: (chunk) => {
      res.write(chunk);
    },
    end: () => res.end(),
    destroy: () => res.destroy(),
    onClose: (listener) => {
      res.once('close', listener);
    },
  };
}

function negotiate(accept: string | undefined): Codec | undefined {
  if (acceptsMediaType(accept, CONTENT_TYPE_JSON)) return jsonCodec;
  if (acceptsMediaType(accept, CONTENT_TYPE_PROTOBUF)) return protobufCodec;
  return undefined;
}

export function schedulerEndpoint(options: SchedulerEndpointOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let principal: string | undefined;
    if (options.credentials) {
      principal = authenticate(req, options.credentials);
      if (principal === undefined) {
        return sendText(res, 401, '', { 'WWW-Authenticate': `Basic realm="${SCHEDULER_REALM}"` });
      }
    }
    const leadership = options.leadership();
    if (leadership.mode === 'non-leader') {
      const path = (req.url ?? '/api/v1/scheduler').split('?')[0] ?? '';
      return sendText(res, 307, '', { Location: `//${leadership.leader}${path}` });
    }
    const master = options.master();
    if (leadership.mode === 'recovering' || !master) return sendText(res, 503, 'Master has not finished recovery');
    if (req.method !== 'POST') {
      return sendText(res, 405, `Expecting one of { 'POST' }, but received '${req.method ?? ''}'`, { Allow: 'POST' });
    }
    const contentType = req.headers['content-type'];
    if (contentType === undefined) return sendText(res, 400, "Expecting 'Content-Type' to be present");
    const codec = codecFor(contentType);
    if (!codec) return sendText(res, 415, `Expecting 'Content-Type' of ${CONTENT_TYPE_JSON} or ${CONTENT_TYPE_PROTOBUF}`);
    let call: Call;
    try {
      call = codec.decode(Call, await readBody(req));
    } catch (err) {
      if (err instanceof CodecError) return sendText(res, 400, err.message);
      if (err instanceof BodyTooLargeError) return sendText(res, 413, err.message);
      throw err;
    }
    const invalid = validateCall(call, principal);
    if (invalid) return sendText(res, 400, `Failed to validate scheduler::Call: ${invalid}`);
    const streamHeader = req.headers['mesos-stream-id'];
    const streamId = Array.isArray(streamHeader) ? streamHeader[0] : streamHeader;
    if (call.type === CallType.SUBSCRIBE || call.type === CallType.RECONCILE_OPERATIONS) {
      const eventCodec = negotiate(req.headers.accept);
      if (!eventCodec) return sendText(res, 406, `Expecting 'Accept' to allow '${CONTENT_TYPE_JSON}' or '${CONTENT_TYPE_PROTOBUF}'`);
      if (call.type === CallType.SUBSCRIBE) {
        if (streamId !== undefined) return sendText(res, 400, "Subscribe calls should not include the 'Mesos-Stream-Id' header");
        const id = randomUUID();
        res.writeHead(200, { 'Content-Type': eventCodec.contentType, 'Mesos-Stream-Id': id, 'Cache-Control': 'no-cache' });
        res.flushHeaders();
        master.subscribe(call, new EventStream(id, responseSink(res), eventCodec, master.ctx.clock));
        return;
      }
    }
    const check = master.checkFrameworkCall(call, streamId, principal);
    if (!check.ok) return sendText(res, check.result.status, check.result.message ?? '');
    const result = master.call(check.framework, call);
    sendText(res, result.status, result.message ?? '');
  };
}
