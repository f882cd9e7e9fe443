import type { GlossaryTerm } from './types';

const term = (id: string, sources: GlossaryTerm['sources']): GlossaryTerm => ({
  id,
  sources,
  termKey: `glossary.${id}.term`,
  definitionKey: `glossary.${id}.definition`,
});

/**
 * The seed's 「主な用語」 (Z1), written for any provider with `{{provider}}`, plus the terms the
 * requirements, steps and carry-over list lean on (DOMAIN.md §1.3-§1.15). In reading order: where the
 * number lives, who hosts it, how it is secured and verified, then what Meta attaches to it.
 */
export const GLOSSARY_TERMS: readonly GlossaryTerm[] = [
  term('business-manager', ['Z1', 'M3']),
  term('waba', ['Z1', 'M1', 'M3']),
  term('provider-hosted-waba', ['Z1']),
  term('self-hosted-waba', ['Z1']),
  term('bsp', ['Z1', 'M1', 'M2']),
  term('two-step-verification-pin', ['M4', 'M5', 'M6', 'M1', 'Z1', 'D1']),
  term('verification-code', ['Z1', 'M1', 'M7', 'M8']),
  term('embedded-signup', ['M2', 'M9']),
  term('display-name', ['M20', 'M1', 'M2', 'M3', 'Z1']),
  term('quality-rating', ['M1', 'M2', 'M17', 'Z1']),
  term('messaging-limit', ['M26', 'M17', 'M5', 'M20', 'M1', 'M2', 'Z1']),
  term('official-business-account', ['M1', 'M2', 'M17', 'Z1']),
  term('message-template', ['M1', 'M2', 'M3', 'M16', 'M27']),
];
