import { stepperAnatomy } from '@wamigrate/core/connect';
import { forwardRef } from 'react';
import { mergeProps } from '../../utils/merge-props';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { GlossaryTerm } from '../glossary-term';
import { useStepContext, useStepperContext } from './stepper-context';

const part = stepperAnatomy.attrs;

/** What the step is about. */
export const MigrationStepperDescription = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ children, ...props }, ref) => {
    const { api } = useStepperContext();
    const step = useStepContext();
    return (
      <Primitive.p ref={ref} {...mergeProps(api.getDescriptionProps(step.id), props)}>
        {children ?? step.description}
      </Primitive.p>
    );
  },
);
MigrationStepperDescription.displayName = 'MigrationStepper.Description';

/** Who acts in the step, as a sentence. */
export const MigrationStepperActors = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ children, ...props }, ref) => {
    const { api } = useStepperContext();
    const step = useStepContext();
    return (
      <Primitive.p ref={ref} {...mergeProps(api.getActorsProps(step.id), props)}>
        {children ?? step.actors}
      </Primitive.p>
    );
  },
);
MigrationStepperActors.displayName = 'MigrationStepper.Actors';

/** The step's warnings, each with its severity in words (not colour only) and as `data-severity`. */
export const MigrationStepperWarnings = forwardRef<HTMLUListElement, PrimitiveProps<'ul'>>(
  ({ children, ...props }, ref) => {
    const { api } = useStepperContext();
    const step = useStepContext();
    if (step.warnings.length === 0 && children === undefined) return null;
    return (
      <Primitive.ul ref={ref} {...mergeProps(api.getWarningsProps(step.id), props)}>
        {children ??
          step.warnings.map((warning) => (
            <li key={warning.id} {...api.getWarningProps(step.id, warning.id)}>
              {warning.text}
            </li>
          ))}
      </Primitive.ul>
    );
  },
);
MigrationStepperWarnings.displayName = 'MigrationStepper.Warnings';

/** What the user should expect to wait for. */
export const MigrationStepperWaits = forwardRef<HTMLUListElement, PrimitiveProps<'ul'>>(
  ({ children, ...props }, ref) => {
    const { api } = useStepperContext();
    const step = useStepContext();
    if (step.waits.length === 0 && children === undefined) return null;
    return (
      <Primitive.ul ref={ref} {...mergeProps(api.getWaitsProps(step.id), props)}>
        {children ??
          step.waits.map((wait) => (
            <li key={wait.id} {...api.getWaitProps(step.id, wait.id)}>
              {wait.text}
            </li>
          ))}
      </Primitive.ul>
    );
  },
);
MigrationStepperWaits.displayName = 'MigrationStepper.Waits';

/** How the step is completed, in the user's words. */
export const MigrationStepperHowToComplete = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ children, ...props }, ref) => {
    const { api } = useStepperContext();
    const step = useStepContext();
    return (
      <Primitive.p ref={ref} {...mergeProps(api.getHowToCompleteProps(step.id), props)}>
        {children ?? step.howToComplete}
      </Primitive.p>
    );
  },
);
MigrationStepperHowToComplete.displayName = 'MigrationStepper.HowToComplete';

/** The step's requirements not met yet, by title. Nothing once they are all met or the step is done. */
export const MigrationStepperRequirements = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>(
  ({ children, ...props }, ref) => {
    const { api } = useStepperContext();
    const step = useStepContext();
    if ((step.isDone || step.unmet.length === 0) && children === undefined) return null;
    return (
      <Primitive.div ref={ref} {...mergeProps(api.getRequirementsProps(step.id), props)}>
        {children ?? (
          <>
            <p {...api.getRequirementsLabelProps(step.id)}>{api.texts.unmet}</p>
            <ul>
              {step.unmet.map((r) => (
                <li key={r.id} {...api.getUnmetRequirementProps(step.id, r.id)}>
                  {r.title}
                </li>
              ))}
            </ul>
          </>
        )}
      </Primitive.div>
    );
  },
);
MigrationStepperRequirements.displayName = 'MigrationStepper.Requirements';

/** Where the step sends the person, as links to the places whose address is known; opened in a new tab. */
export const MigrationStepperPlaces = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>(
  ({ children, ...props }, ref) => {
    const { api } = useStepperContext();
    const step = useStepContext();
    if (step.places.length === 0 && children === undefined) return null;
    return (
      <Primitive.div ref={ref} {...mergeProps(part('places'), props)}>
        {children ?? (
          <>
            <p {...part('places-label')}>{api.texts.places}</p>
            <ul>
              {step.places.map((place) => (
                <li key={place.id}>
                  <a href={place.href} target="_blank" rel="noopener noreferrer" {...part('place')}>
                    {place.text} <span data-wm-sr-only="">{api.texts.newTab}</span>
                  </a>
                  {place.path !== null && <p {...part('place-path')}>{place.path}</p>}
                </li>
              ))}
            </ul>
          </>
        )}
      </Primitive.div>
    );
  },
);
MigrationStepperPlaces.displayName = 'MigrationStepper.Places';

/**
 * The words this step is the first of its path to use, each a glossary term the person can open in place
 * (WABA, BSP, Business Manager, two-step verification).
 */
export const MigrationStepperTerms = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>(
  ({ children, ...props }, ref) => {
    const { api } = useStepperContext();
    const step = useStepContext();
    if (step.terms.length === 0 && children === undefined) return null;
    return (
      <Primitive.div ref={ref} {...mergeProps(part('terms'), props)}>
        {children ?? (
          <>
            <p {...part('terms-label')}>{api.texts.terms}</p>
            <ul>
              {step.terms.map((term) => (
                <li key={term}>
                  <GlossaryTerm term={term} />
                </li>
              ))}
            </ul>
          </>
        )}
      </Primitive.div>
    );
  },
);
MigrationStepperTerms.displayName = 'MigrationStepper.Terms';
