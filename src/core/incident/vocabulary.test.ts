import { expect, test } from 'vitest';
import {
  COMPONENT_STATUSES,
  componentStatusRank,
  INCIDENT_STATUSES,
  isTerminalStatus,
  MAINTENANCE_STATUSES,
  STATUS_FROM_IMPACT,
  statusFromWord,
  UPDATE_STATUSES,
  worstComponentStatus,
} from './vocabulary.ts';

test('the closed vocabularies, in their order', () => {
  expect(COMPONENT_STATUSES).toEqual([
    'operational',
    'under_maintenance',
    'degraded_performance',
    'partial_outage',
    'major_outage',
  ]);
  expect(UPDATE_STATUSES).toEqual([...INCIDENT_STATUSES, ...MAINTENANCE_STATUSES]);
  expect(STATUS_FROM_IMPACT).toEqual({
    none: 'operational',
    minor: 'degraded_performance',
    major: 'partial_outage',
    critical: 'major_outage',
  });
  expect(COMPONENT_STATUSES.map(componentStatusRank)).toEqual([0, 1, 2, 3, 4]);
});

test.each([
  [[], 'operational'],
  [['operational'], 'operational'],
  [['under_maintenance', 'operational'], 'under_maintenance'],
  [['degraded_performance', 'under_maintenance'], 'degraded_performance'],
  [['partial_outage', 'major_outage', 'degraded_performance'], 'major_outage'],
  [['major_outage', 'partial_outage'], 'major_outage'],
] as const)('worst of %j is %s', (statuses, worst) => {
  expect(worstComponentStatus(statuses)).toBe(worst);
  expect(worstComponentStatus(new Set(statuses))).toBe(worst);
});

test.each([
  ['In progress', undefined, 'in_progress'],
  ['in-progress', undefined, 'in_progress'],
  ['  IN_PROGRESS ', undefined, 'in_progress'],
  ['in  progress', undefined, 'in_progress'],
  ['RESOLVED', undefined, 'resolved'],
  ['resolved', MAINTENANCE_STATUSES, undefined],
  ['completed', MAINTENANCE_STATUSES, 'completed'],
  ['progress', undefined, undefined],
  ['', undefined, undefined],
] as const)('statusFromWord(%j, %j) is %s', (word, allowed, status) => {
  expect(statusFromWord(word, allowed)).toBe(status);
});

test.each(UPDATE_STATUSES.map((status) => [status, status === 'resolved' || status === 'completed']))(
  '%s is terminal: %s',
  (status, terminal) => {
    expect(isTerminalStatus(status)).toBe(terminal);
  },
);
