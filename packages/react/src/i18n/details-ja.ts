/** The Japanese troubleshooting details, in a module of their own: the chunk a panel in Japanese fetches. */
export { jaDetails } from '@wamigrate/core/messages/ja/details';
