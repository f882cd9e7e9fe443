/**
 * The full phone validator, in a module of its own that the provider imports on demand: a bundler puts it
 * (with libphonenumber-js's metadata, most of its weight) in a chunk loaded after mounting, and only what
 * this module exports is kept from `@wamigrate/core/phone`.
 */
export { validatePhoneNumber } from '@wamigrate/core/phone';
