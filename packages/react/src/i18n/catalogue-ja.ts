/** The Japanese catalogue, in a module of its own: a bundler makes it the chunk a guide in Japanese fetches. */
export { jaEssentials } from '@wamigrate/core/messages/ja/essentials';
