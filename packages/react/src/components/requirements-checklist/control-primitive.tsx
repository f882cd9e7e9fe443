import { Slot } from '@radix-ui/react-slot';
import { type ComponentPropsWithoutRef, type ElementType, forwardRef, type Ref } from 'react';
import { Heading, type HeadingLevel } from '../../utils/heading';
import type { AsChildProps } from '../../utils/primitive';

/** `Primitive` has no input or label: the same `asChild` semantics for the checklist's controls. */
export type InputPrimitiveProps = ComponentPropsWithoutRef<'input'> & AsChildProps;
export type LabelPrimitiveProps = ComponentPropsWithoutRef<'label'> & AsChildProps;
export type LegendPrimitiveProps = ComponentPropsWithoutRef<'legend'> & AsChildProps;

export const InputPrimitive = forwardRef<HTMLInputElement, InputPrimitiveProps>(({ asChild, ...props }, ref) => {
  const Element: ElementType = asChild ? Slot : 'input';
  return <Element {...props} ref={ref} />;
});
InputPrimitive.displayName = 'Primitive.input';

export const LabelPrimitive = forwardRef<HTMLLabelElement, LabelPrimitiveProps>(({ asChild, ...props }, ref) => {
  const Element: ElementType = asChild ? Slot : 'label';
  return <Element {...props} ref={ref} />;
});
LabelPrimitive.displayName = 'Primitive.label';

export const LegendPrimitive = forwardRef<HTMLLegendElement, LegendPrimitiveProps>(({ asChild, ...props }, ref) => {
  const Element: ElementType = asChild ? Slot : 'legend';
  return <Element {...props} ref={ref} />;
});
LegendPrimitive.displayName = 'Primitive.legend';

export type HeadingPrimitiveProps = ComponentPropsWithoutRef<'h2'> & AsChildProps & { readonly level: HeadingLevel };

/** A heading at the host's level, or the host's own element. */
export const HeadingPrimitive = forwardRef<HTMLHeadingElement, HeadingPrimitiveProps>(
  ({ asChild, level, ...props }, ref) =>
    asChild ? <Slot {...props} ref={ref} /> : <Heading level={level} {...props} ref={ref} />,
);
HeadingPrimitive.displayName = 'Primitive.heading';

/** Gives one node to several refs (the form library's and the host's). */
export function mergeRefs<T>(...refs: readonly (Ref<T> | undefined)[]) {
  return (node: T | null) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(node);
      else if (ref) (ref as { current: T | null }).current = node;
    }
  };
}
