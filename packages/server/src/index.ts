/**
 * `@wamigrate/server`: the portal backend's half of live mode. This first part is the Graph client; the
 * Web-standard handler, the shared limits and the PIN store follow (issue 15).
 */
export {
  createGraphClient,
  DEFAULT_GRAPH_URL,
  DEFAULT_GRAPH_VERSION,
  GraphCallError,
  type GraphClient,
  type GraphClientOptions,
  type GraphErrorBody,
  type NumberStatus,
  type PhoneNumberRecord,
} from './graph-client';
