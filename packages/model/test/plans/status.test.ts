import { aggregateStatus } from '../../src/plans';
import type { Status } from '../../src/plans';

describe('aggregateStatus', () => {
  const cases: [string, Status[], { hasErrors?: boolean; interrupted?: boolean }, Status][] = [
    ['no children is COMPLETE', [], {}, 'COMPLETE'],
    ['all COMPLETE', ['COMPLETE', 'COMPLETE'], {}, 'COMPLETE'],
    ['all PENDING', ['PENDING', 'PENDING'], {}, 'PENDING'],
    ['any ERROR wins over everything', ['COMPLETE', 'ERROR', 'IN_PROGRESS'], {}, 'ERROR'],
    [
      'parent errors make it ERROR even when all children are COMPLETE',
      ['COMPLETE'],
      { hasErrors: true },
      'ERROR',
    ],
    ['ERROR wins over an interrupt', ['ERROR', 'PENDING'], { interrupted: true }, 'ERROR'],
    ['interrupted and all COMPLETE stays COMPLETE', ['COMPLETE'], { interrupted: true }, 'COMPLETE'],
    [
      'interrupted and not complete is WAITING',
      ['COMPLETE', 'IN_PROGRESS'],
      { interrupted: true },
      'WAITING',
    ],
    ['interrupted before anything started is WAITING', ['PENDING'], { interrupted: true }, 'WAITING'],
    ['any IN_PROGRESS', ['PENDING', 'IN_PROGRESS'], {}, 'IN_PROGRESS'],
    ['started and not finished is IN_PROGRESS', ['COMPLETE', 'PENDING'], {}, 'IN_PROGRESS'],
    ['some COMPLETE and one WAITING is IN_PROGRESS', ['COMPLETE', 'WAITING'], {}, 'IN_PROGRESS'],
    ['IN_PROGRESS beats WAITING', ['WAITING', 'IN_PROGRESS'], {}, 'IN_PROGRESS'],
    ['WAITING and PENDING is WAITING', ['PENDING', 'WAITING'], {}, 'WAITING'],
  ];
  it.each(cases)('%s', (_name, children, parent, expected) => {
    expect(aggregateStatus(children, parent)).toBe(expected);
  });
});
