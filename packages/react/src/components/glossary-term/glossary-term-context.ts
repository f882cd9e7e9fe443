import type { GlossaryTerm } from '@wamigrate/core/reference';
import type { MessageValues } from '../../i18n/i18n-context';
import { createStrictContext } from '../../utils/create-context';

export interface GlossaryTermState {
  /** Null for an id the glossary does not know: the parts then show plain text. */
  readonly term: GlossaryTerm | null;
  readonly open: boolean;
  readonly setOpen: (open: boolean) => void;
  readonly params: MessageValues;
  readonly ids: { readonly trigger: string; readonly definition: string };
}

export const [GlossaryTermProvider, useGlossaryTerm] = createStrictContext<GlossaryTermState>(
  'useGlossaryTerm',
  'GlossaryTerm.Root',
);
