import { GlossaryTermDefault } from './glossary-term';
import { GlossaryTermDefinition, GlossaryTermRoot, GlossaryTermTrigger } from './glossary-term-parts';

export type { GlossaryTermProps } from './glossary-term';
export { type GlossaryTermState, useGlossaryTerm } from './glossary-term-context';
export {
  GlossaryTermDefinition,
  GlossaryTermRoot,
  type GlossaryTermRootProps,
  GlossaryTermTrigger,
} from './glossary-term-parts';
export { useReferenceParams } from './use-reference-params';

/** `<GlossaryTerm term="waba">WABA</GlossaryTerm>` whole, or rebuilt from `.Root`, `.Trigger`, `.Definition`. */
export const GlossaryTerm = Object.assign(GlossaryTermDefault, {
  Root: GlossaryTermRoot,
  Trigger: GlossaryTermTrigger,
  Definition: GlossaryTermDefinition,
});
