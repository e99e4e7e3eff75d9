// The live events feed: the journal the driver feeds and the API reads.
export {
  DEFAULT_JOURNAL_CAPACITY,
  EventJournal,
  type EventFeed,
  type EventJournalOptions,
} from './event-journal';
export { publishLeaderEvent, withEventJournal, type LeaderTermInfo } from './journal-observer';
