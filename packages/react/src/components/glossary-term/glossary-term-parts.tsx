import { dataFlag, glossaryAnatomy } from '@wamigrate/core/connect';
import { GLOSSARY_TERMS, type GlossaryTerm } from '@wamigrate/core/reference';
import { forwardRef, type KeyboardEvent, useId, useMemo, useState } from 'react';
import { type MessageValues, useGuideI18n } from '../../i18n/i18n-context';
import { composeEventHandlers } from '../../utils/compose-event-handlers';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { GlossaryTermProvider, useGlossaryTerm } from './glossary-term-context';
import { useReferenceParams } from './use-reference-params';

const part = glossaryAnatomy.attrs;
const state = (open: boolean) => (open ? 'open' : 'closed');

export interface GlossaryTermRootProps extends PrimitiveProps<'span'> {
  /** A glossary id: `waba`, `bsp`, `two-step-verification-pin` ... */
  readonly term: string;
  /** The glossary to look in; default the core's. */
  readonly terms?: readonly GlossaryTerm[] | undefined;
  /** Values for the texts' placeholders; default the migration's profile, or the default profile. */
  readonly params?: MessageValues | undefined;
  readonly defaultOpen?: boolean | undefined;
}

/** A span, so a term stays valid inside a paragraph of running text. */
export const GlossaryTermRoot = forwardRef<HTMLSpanElement, GlossaryTermRootProps>(
  ({ term: id, terms = GLOSSARY_TERMS, params, defaultOpen = false, ...props }, ref) => {
    const values = useReferenceParams(params);
    const [open, setOpen] = useState(defaultOpen);
    const trigger = useId();
    const definition = useId();
    const term = terms.find((t) => t.id === id) ?? null;
    const value = useMemo(
      () => ({ term, open: open && term !== null, setOpen, params: values, ids: { trigger, definition } }),
      [term, open, values, trigger, definition],
    );
    return (
      <GlossaryTermProvider value={value}>
        <Primitive.span
          ref={ref}
          {...part('root')}
          data-state={state(value.open)}
          data-term={id}
          data-unknown={dataFlag(term === null)}
          {...props}
        />
      </GlossaryTermProvider>
    );
  },
);
GlossaryTermRoot.displayName = 'GlossaryTerm.Root';

/** Escape closes the definition and puts focus back on the term's button. */
function useCloseOnEscape() {
  const { open, setOpen, ids } = useGlossaryTerm();
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    // Stop here: an enclosing dialog would otherwise close too.
    event.stopPropagation();
    setOpen(false);
    document.getElementById(ids.trigger)?.focus();
  };
}

/** The term in the text, as a disclosure button; plain text for a term the glossary does not know. */
export const GlossaryTermTrigger = forwardRef<HTMLButtonElement, PrimitiveProps<'button'>>(
  ({ onClick, onKeyDown, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const { term, open, setOpen, params, ids } = useGlossaryTerm();
    const onEscape = useCloseOnEscape();
    if (!term) return <>{children}</>;
    return (
      <Primitive.button
        ref={ref}
        type="button"
        id={ids.trigger}
        aria-expanded={open}
        aria-controls={ids.definition}
        {...part('trigger')}
        data-state={state(open)}
        onClick={composeEventHandlers(onClick, () => setOpen(!open))}
        onKeyDown={composeEventHandlers(onKeyDown, onEscape)}
        {...props}
      >
        {children ?? t(term.termKey, params)}
      </Primitive.button>
    );
  },
);
GlossaryTermTrigger.displayName = 'GlossaryTerm.Trigger';

/** The definition, right after the term; in the DOM while closed (`hidden`) so `aria-controls` points somewhere. */
export const GlossaryTermDefinition = forwardRef<HTMLSpanElement, PrimitiveProps<'span'>>(
  ({ onKeyDown, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const { term, open, params, ids } = useGlossaryTerm();
    const onEscape = useCloseOnEscape();
    if (!term) return null;
    return (
      <Primitive.span
        ref={ref}
        id={ids.definition}
        hidden={!open}
        {...part('definition')}
        data-state={state(open)}
        onKeyDown={composeEventHandlers(onKeyDown, onEscape)}
        {...props}
      >
        {children ?? t(term.definitionKey, params)}
      </Primitive.span>
    );
  },
);
GlossaryTermDefinition.displayName = 'GlossaryTerm.Definition';
