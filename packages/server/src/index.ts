/**
 * `@wamigrate/server`: the portal backend's half of live mode: Meta's Graph calls with the token kept here,
 * a Web-standard handler that `hostActions` calls, Meta's limits counted before each call, and the PIN.
 */
export { type AttemptDecision, type AttemptStore, memoryAttemptStore } from './attempt-store';
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
export {
  createMigrationHandler,
  HANDLER_ERROR_CODES,
  type HandlerErrorCode,
  type MigrationHandlerOptions,
  REQUEST_HEADER,
} from './handler';
export { toNodeListener } from './node-http';
export { type MigrationOwner, memoryOwnerStore, type OwnerStore } from './owner-store';
export { generatePin, memoryPinStore, type PinStore } from './pin-store';
export { type RedisAttemptStoreOptions, type RedisLike, redisAttemptStore } from './redis-attempt-store';
export { type RedisOwnerLike, redisOwnerStore } from './redis-owner-store';
