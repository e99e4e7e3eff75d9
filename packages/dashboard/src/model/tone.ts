// Which colour a status gets: one tone per meaning (fine, busy, waiting, broken, unknown), so the
// page can be read at a glance whatever the word in the badge is.

export type Tone = 'ok' | 'busy' | 'wait' | 'bad' | 'idle';

/** CSS class of a status badge: one colour per meaning, not per word. */
export function statusTone(status: string): Tone {
  switch (status) {
    case 'COMPLETE':
    case 'SUCCEEDED':
    case 'NORMAL':
    case 'healthy':
      return 'ok';
    case 'IN_PROGRESS':
    case 'RUNNING':
    case 'STAGING':
    case 'STARTING':
    case 'JOINING':
      return 'busy';
    case 'WAITING':
    case 'PENDING':
    case 'SKIPPED':
    case 'ABORTED':
    case 'LEAVING':
    case 'DRAINING':
      return 'wait';
    case 'ERROR':
    case 'FAILED':
    case 'LOST':
    case 'KILLED':
    case 'GONE':
    case 'unhealthy':
      return 'bad';
    default:
      return 'idle';
  }
}

/** Tone of the task cell: a running server task is the good state (in job tables RUNNING means busy). */
export function taskTone(task: string): Tone {
  if (task === 'RUNNING') return 'ok';
  if (task === 'STAGING' || task === 'STARTING') return 'busy';
  if (task === 'KILLING' || task === 'FINISHED') return 'wait';
  if (
    task === 'FAILED' ||
    task === 'LOST' ||
    task === 'KILLED' ||
    task === 'ERROR' ||
    task === 'GONE' ||
    task === 'DROPPED' ||
    task === 'UNREACHABLE'
  )
    return 'bad';
  return 'idle';
}
