// Backups: the completed backups, newest first, with size, date and what a verify from this page
// found; "Verify" reads every object back from storage.
import type { BackupRow } from '../model/backups';
import { Badge } from './badge';
import { Section } from './section';

export interface BackupsSectionProps {
  readonly rows: readonly BackupRow[];
  /** Why the list could not be read (e.g. no backup service); the last list read stays shown. */
  readonly error: string | undefined;
  readonly warnings: readonly string[];
  readonly onVerify: (name: string) => void;
}

export function BackupsSection(props: BackupsSectionProps) {
  return (
    <Section
      title="Backups"
      id="backups"
      error={props.error}
      aside={<span class="muted">{`${props.rows.length} kept`}</span>}
    >
      {props.warnings.map((w) => (
        <p key={w} class="panel-error">
          {w}
        </p>
      ))}
      <div class="table-wrap">
        <table class="grid compact" data-testid="backups-table">
          <thead>
            <tr>
              <th>name</th>
              <th>type</th>
              <th class="num">size</th>
              <th class="num">files</th>
              <th>date (UTC)</th>
              <th>verification</th>
              <th class="actions-col" />
            </tr>
          </thead>
          <tbody>
            {props.rows.length === 0 ? (
              <tr>
                <td colSpan={7} class="empty">
                  No backups yet.
                </td>
              </tr>
            ) : (
              props.rows.map((b) => (
                <tr key={b.name} data-testid="backup-row" data-backup={b.name}>
                  <td class="mono strong">{b.name}</td>
                  <td class="muted" title={`${b.storage}, ${b.nodes} node(s)`}>
                    {b.type}
                  </td>
                  <td class="num">{b.size}</td>
                  <td class="num">{b.files}</td>
                  <td class="mono" title={b.dateFull}>
                    {b.date}
                  </td>
                  <td data-testid="backup-verification" title={b.verificationDetail}>
                    <Badge tone={b.verificationTone} text={b.verification} />
                  </td>
                  <td class="actions-col">
                    <button
                      type="button"
                      class="btn small"
                      data-testid="backup-verify"
                      disabled={!b.canVerify || b.verification === 'verifying…'}
                      onClick={() => props.onVerify(b.name)}
                    >
                      Verify
                    </button>
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
