/**
 * `@wamigrate/core/reference`: what is shown beside the guide rather than driven by it: what carries over
 * with the number, the glossary, and the list of source ids. Its own entry, so the engine's entry does not carry it.
 */
export { CARRY_OVER_ITEMS } from './knowledge/carry-over';
export { GLOSSARY_TERMS } from './knowledge/glossary';
/** Every DOMAIN.md source id a record may cite. */
export { SOURCE_IDS } from './knowledge/sources';
export type { CarryOverItem, GlossaryTerm } from './knowledge/types';
