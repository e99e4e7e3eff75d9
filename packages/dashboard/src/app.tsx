// The overview page: live data in, view models derived, sections rendered; actions go through the
// confirmation dialog, a 401 brings up the token form (and the action is sent again with the token).
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { BackupsSection } from './components/backups-section';
import { ConfirmDialog } from './components/confirm-dialog';
import { EventsSection } from './components/events-section';
import { Header } from './components/header';
import { JobSection } from './components/job-section';
import { NodesSection } from './components/nodes-section';
import { PlansSection } from './components/plans-section';
import { TokenForm } from './components/token-form';
import { Toasts, type Toast } from './components/toasts';
import { ApiCallError, ApiClient, AuthRequiredError, tokenStore } from './live/api-client';
import { EMPTY_DATA, LiveData, POLL_INTERVAL_MS, type DashboardData } from './live/live-data';
import { describeAction, successMessage, type Action } from './model/actions';
import type { VerifyReportPayload } from './model/api-types';
import { backupRows, defaultBackupName, type Verification } from './model/backups';
import { currentJobView, lastJobView } from './model/jobs';
import { nodeRows } from './model/nodes';
import { planView } from './model/plans';

const TOAST_MS = { ok: 6_000, bad: 15_000 } as const;

interface TokenPrompt {
  readonly message: string;
  /** The action that answered 401: sent again once a token is entered. */
  readonly retry?: Action;
  readonly cancellable: boolean;
}

export function App() {
  const client = useMemo(() => new ApiClient(), []);
  const [data, setData] = useState<DashboardData>(EMPTY_DATA);
  const live = useMemo(() => new LiveData(client, setData), [client]);
  const [confirming, setConfirming] = useState<Action | undefined>();
  const [prompt, setPrompt] = useState<TokenPrompt | undefined>();
  const [toasts, setToasts] = useState<readonly Toast[]>([]);
  const [verifications, setVerifications] = useState<Readonly<Record<string, Verification>>>({});
  const [hasToken, setHasToken] = useState(() => tokenStore.get() !== undefined);
  const nextToast = useRef(1);

  useEffect(() => {
    live.start();
    return () => live.stop();
  }, [live]);

  const toast = useCallback((tone: Toast['tone'], text: string) => {
    const id = nextToast.current++;
    setToasts((all) => [...all.slice(-4), { id, tone, text }]);
    setTimeout(() => setToasts((all) => all.filter((t) => t.id !== id)), TOAST_MS[tone]);
  }, []);

  const failed = useCallback(
    (err: unknown, retry: Action | undefined) => {
      if (err instanceof AuthRequiredError)
        setPrompt({ message: err.message, cancellable: true, ...(retry ? { retry } : {}) });
      else toast('bad', err instanceof ApiCallError || err instanceof Error ? err.message : String(err));
    },
    [toast],
  );

  const verify = useCallback(
    (name: string) => {
      const action: Action = { kind: 'backup-verify', name };
      setVerifications((v) => ({ ...v, [name]: { state: 'running' } }));
      const { method, path } = describeAction(action).request;
      client.send(method, path).then(
        (body) => {
          const report = body as VerifyReportPayload;
          setVerifications((v) => ({ ...v, [name]: { state: 'done', report, atMs: Date.now() } }));
          toast(
            report.ok ? 'ok' : 'bad',
            report.ok
              ? successMessage(action, body)
              : `Backup ${name}: ${report.problems.length} problem(s) found; see the verification column`,
          );
        },
        (err: unknown) => {
          setVerifications((v) => {
            const { [name]: _dropped, ...rest } = v;
            return err instanceof AuthRequiredError
              ? rest
              : {
                  ...rest,
                  [name]: { state: 'failed', message: err instanceof Error ? err.message : String(err) },
                };
          });
          failed(err, action);
        },
      );
    },
    [client, failed, toast],
  );

  const run = useCallback(
    (action: Action) => {
      setConfirming(undefined);
      if (action.kind === 'backup-verify') {
        verify(action.name);
        return;
      }
      const { method, path } = describeAction(action).request;
      client.send(method, path).then(
        (body) => {
          toast('ok', successMessage(action, body));
          if (action.kind === 'backup') live.markSlowViewsStale();
          void live.refreshNow();
        },
        (err: unknown) => failed(err, action),
      );
    },
    [client, failed, live, toast, verify],
  );

  const submitToken = (token: string): void => {
    tokenStore.set(token);
    setHasToken(true);
    const retry = prompt?.retry;
    setPrompt(undefined);
    void live.refreshNow(true);
    if (retry) run(retry);
  };

  const now = data.updatedAtMs ?? 0;
  const rows = useMemo(() => nodeRows(data.nodes, data.tokenCounts), [data.nodes, data.tokenCounts]);
  const plans = useMemo(() => data.plans.map((p) => planView(p.name, p.plan)), [data.plans]);
  const current = currentJobView(data.jobs, data.transfer, now);
  const last = lastJobView(data.jobs, now);
  const backups = useMemo(() => backupRows(data.backups, verifications), [data.backups, verifications]);
  const streaming = data.stream === 'open';
  const isLive = streaming || data.pollOk;
  const liveDetail = streaming
    ? 'event stream open; views refresh on every event'
    : data.pollOk
      ? `polling every ${POLL_INTERVAL_MS / 1000} s${data.eventsAvailable === false ? ' (this scheduler has no event stream)' : ' (event stream reconnecting)'}`
      : (data.errors['nodes'] ?? 'the scheduler does not answer; retrying');
  // Reads that need the token bring up the form by themselves; it cannot be dismissed, nothing would show.
  const tokenMessage = prompt?.message ?? data.authMessage;

  return (
    <div class="page">
      <Header
        cluster={data.config?.clusterName ?? ''}
        framework={data.config?.frameworkName ?? ''}
        live={isLive}
        liveDetail={liveDetail}
        updatedAtMs={data.updatedAtMs}
        hasToken={hasToken}
        onToken={() =>
          setPrompt({ message: "Enter the API token to send with this page's calls.", cancellable: true })
        }
      />
      <main class="overview" data-testid="view-overview">
        <NodesSection rows={rows} error={data.errors['nodes']} onAction={setConfirming} />
        <PlansSection plans={plans} error={data.errors['plans']} onAction={setConfirming} />
        <JobSection
          current={current}
          last={last}
          error={data.errors['jobs'] ?? data.errors['transfer']}
          backupsEnabled={!data.backupsUnavailable}
          onAction={setConfirming}
          onBackup={() => setConfirming({ kind: 'backup', name: defaultBackupName(Date.now()) })}
        />
        <BackupsSection
          rows={backups}
          error={data.backupsError}
          warnings={data.backups?.warnings ?? []}
          onVerify={verify}
        />
        {data.eventsAvailable === false ? null : (
          <EventsSection events={data.events} streaming={streaming} error={data.errors['events']} />
        )}
      </main>
      {confirming ? (
        <ConfirmDialog action={confirming} onConfirm={run} onCancel={() => setConfirming(undefined)} />
      ) : null}
      {tokenMessage !== undefined ? (
        <TokenForm
          message={tokenMessage}
          onSubmit={submitToken}
          onCancel={
            prompt?.cancellable && data.authMessage === undefined ? () => setPrompt(undefined) : undefined
          }
        />
      ) : null}
      <Toasts toasts={toasts} onDismiss={(id) => setToasts((all) => all.filter((t) => t.id !== id))} />
    </div>
  );
}
