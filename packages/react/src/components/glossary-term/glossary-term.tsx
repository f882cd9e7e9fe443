import { GLOSSARY_TERMS } from '@wamigrate/core/reference';
import { forwardRef } from 'react';
import {
  GlossaryTermDefinition,
  GlossaryTermRoot,
  type GlossaryTermRootProps,
  GlossaryTermTrigger,
} from './glossary-term-parts';

export type GlossaryTermProps = GlossaryTermRootProps;

/**
 * `<GlossaryTerm term="waba">WABA</GlossaryTerm>` in running text: the word becomes a button that shows the
 * definition right after it. Without children, the glossary's own name for the term. An unknown id leaves
 * the children as plain text.
 */
export const GlossaryTermDefault = forwardRef<HTMLSpanElement, GlossaryTermProps>(
  ({ children, term, terms = GLOSSARY_TERMS, ...props }, ref) => {
    if (!terms.some((t) => t.id === term)) return <>{children}</>;
    return (
      <GlossaryTermRoot ref={ref} term={term} terms={terms} {...props}>
        <GlossaryTermTrigger>{children}</GlossaryTermTrigger>
        <GlossaryTermDefinition />
      </GlossaryTermRoot>
    );
  },
);
GlossaryTermDefault.displayName = 'GlossaryTerm';
