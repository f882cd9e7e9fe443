import { Slot } from '@radix-ui/react-slot';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { AsChildProps } from './primitive';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** A heading whose level the host sets, so the guide fits the outline of the page it is embedded in. */
export const Heading = forwardRef<
  HTMLHeadingElement,
  { readonly level: HeadingLevel } & ComponentPropsWithoutRef<'h2'>
>(({ level, ...props }, ref) => {
  const Tag = `h${level}` as const;
  return <Tag ref={ref} {...props} />;
});
Heading.displayName = 'Heading';

/** The level below, capped at h6. */
export const subLevel = (level: HeadingLevel): HeadingLevel => Math.min(level + 1, 6) as HeadingLevel;

export type HeadingPrimitiveProps = ComponentPropsWithoutRef<'h2'> & AsChildProps & { readonly level: HeadingLevel };

/** A heading at the host's level, or the host's own element with `asChild`. */
export const HeadingPrimitive = forwardRef<HTMLHeadingElement, HeadingPrimitiveProps>(
  ({ asChild, level, ...props }, ref) =>
    asChild ? <Slot {...props} ref={ref} /> : <Heading level={level} {...props} ref={ref} />,
);
HeadingPrimitive.displayName = 'Primitive.heading';
