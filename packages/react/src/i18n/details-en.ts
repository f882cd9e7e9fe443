/** The English troubleshooting details, in a module of their own: the chunk a panel in English fetches. */
export { enDetails } from '@wamigrate/core/messages/en/details';
