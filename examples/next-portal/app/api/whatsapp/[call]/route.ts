import { createGraphClient, createMigrationHandler, memoryPinStore } from '@wamigrate/server';

/**
 * The whole backend of live mode in a Next.js route handler: `POST /api/whatsapp/start`, `…/request-code`,
 * `…/verify-code`, `…/register`, `…/status`, each handed to the Web-standard handler as it came. The handler
 * is made on the first request, so `next build` needs no token.
 */
let handler: ((request: Request) => Promise<Response>) | undefined;

function migrationHandler() {
  handler ??= createMigrationHandler({
    client: createGraphClient({
      accessToken: process.env.WHATSAPP_TOKEN ?? '',
      // Unset in production (Meta's Graph API); the local stand-in's address in the tests.
      ...(process.env.WAMIGRATE_GRAPH_URL ? { baseUrl: process.env.WAMIGRATE_GRAPH_URL } : {}),
    }),
    destinationWabaId: process.env.WHATSAPP_WABA_ID ?? '',
    // A portal reads its own session here. This example has no sign-in: only its tests, which set the
    // variable, may name the user in a header (anyone could send one), and everyone else is signed out.
    authorize: (request) =>
      process.env.WAMIGRATE_EXAMPLE_TRUST_USER_HEADER === '1' ? request.headers.get('x-example-user') : null,
    // One process here; several instances give every one the same stores (redisAttemptStore, redisOwnerStore).
    pins: memoryPinStore(),
  });
  return handler;
}

export const POST = (request: Request) => migrationHandler()(request);
