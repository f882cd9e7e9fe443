import { Slot } from '@radix-ui/react-slot';
import { type ComponentPropsWithoutRef, type ElementType, forwardRef, type ReactElement, type Ref } from 'react';

/** `asChild`: render the single child instead, merging our props, handlers and ref into it (Radix semantics). */
export type AsChildProps = { readonly asChild?: boolean | undefined };

export type PrimitiveProps<E extends ElementType> = ComponentPropsWithoutRef<E> & AsChildProps;

type PrimitiveComponent<E extends ElementType> = (
  props: PrimitiveProps<E> & { ref?: Ref<Element> | undefined },
) => ReactElement | null;

function createPrimitive<E extends keyof HTMLElementTagNameMap>(tag: E) {
  // biome-ignore lint/correctness/noComponentHookFactories: one component per tag, created once at module load
  const Component = forwardRef<HTMLElementTagNameMap[E], PrimitiveProps<E>>(({ asChild, ...props }, ref) => {
    const Element: ElementType = asChild ? Slot : tag;
    return <Element {...props} ref={ref} />;
  });
  Component.displayName = `Primitive.${tag}`;
  return Component as unknown as PrimitiveComponent<E>;
}

/** One DOM node per part; every part can be swapped for the host's own element with `asChild`. */
export const Primitive = {
  a: createPrimitive('a'),
  button: createPrimitive('button'),
  div: createPrimitive('div'),
  h2: createPrimitive('h2'),
  h3: createPrimitive('h3'),
  li: createPrimitive('li'),
  ol: createPrimitive('ol'),
  p: createPrimitive('p'),
  section: createPrimitive('section'),
  span: createPrimitive('span'),
  ul: createPrimitive('ul'),
  fieldset: createPrimitive('fieldset'),
  form: createPrimitive('form'),
  input: createPrimitive('input'),
  label: createPrimitive('label'),
  legend: createPrimitive('legend'),
};
