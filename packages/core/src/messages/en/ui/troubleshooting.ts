import type { MessageTree } from '../../types';

export const troubleshooting = {
  title: 'Troubleshooting',
  intro: 'Find help by describing the problem in your own words, or by entering the error code you see.',
  searchLabel: 'Search by problem or error code',
  results_one: '{{count}} topic matches your search.',
  results_other: '{{count}} topics match your search.',
  noResults: 'No topic matches “{{query}}”. Try other words, or enter the error code.',
  unknownCode: 'There is no specific help for error {{code}} yet. The general steps below still apply.',
  suggested: 'Suggested for your situation',
  all: 'All problems',
  other: 'Other problems',
  searchResults: 'Search results',
  actions: 'What to do',
  errorCode: 'Error code: {{code}}',
  errorDetails: 'Details from Meta: {{details}}',
  errorTrace: 'Reference for support (fbtrace_id): {{trace}}',
  dismiss: 'Mark as solved',
  // The visible words come first in the name (label-content-name-mismatch).
  dismissLabel: 'Mark as solved: error {{code}}',
  opened: 'Troubleshooting opened: {{title}}',
  noCode: 'unknown',
  howToTell: "How to tell: for this cause, the title of Meta's error (in English) reads “{{title}}”.",
  contactLink: 'Open the contact page',
  allTopics_one: 'Show {{count}} more topic',
  allTopics_other: 'Show all {{count}} other topics',
  detailsLoading: 'Loading the answer…',
  detailsFailed:
    "The answer couldn't be loaded. Check your connection, then try again. If it still doesn't load, reload the page.",
  detailsRetry: 'Try again',
} satisfies MessageTree;
