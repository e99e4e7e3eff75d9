// The master's HTTP surface: scheduler API, /state and the admin API on one loopback server.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { adminEndpoint, type AdminApi } from './admin-endpoint';
import { sendJson, type Handler } from './http-server';
import { schedulerEndpoint, type SchedulerEndpointOptions } from './scheduler-endpoint';

export interface AppOptions extends SchedulerEndpointOptions {
  /** GET /state; undefined while the master restarts. */
  state(): Record<string, unknown> | undefined;
  admin?: AdminApi;
}

export function masterApp(options: AppOptions): Handler {
  const scheduler = schedulerEndpoint(options);
  const admin = options.admin ? adminEndpoint(options.admin) : undefined;
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (path === '/api/v1/scheduler' || path === '/master/api/v1/scheduler') return scheduler(req, res);
    if (path === '/state' || path === '/master/state' || path === '/state.json') {
      if (req.method !== 'GET') {
        res.setHeader('Allow', 'GET');
        return sendJson(res, 405, { error: `Expecting GET, not ${req.method ?? ''}` });
      }
      const state = options.state();
      if (!state) return sendJson(res, 503, { error: 'Master has not finished recovery' });
      return sendJson(res, 200, state);
    }
    if (path.startsWith('/admin/') && admin) return admin(req, res);
    return sendJson(res, 404, { error: `No route ${path}` });
  };
}
