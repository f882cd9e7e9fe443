import { Slot } from '@radix-ui/react-slot';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { AsChildProps } from './primitive';
import { warnOnce } from './warn-once';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * The level as given, when it is one: a host in plain JavaScript may pass 0, 7, NaN or '3'. A numeric
 * string is read; anything else is level 2, said once in the console.
 */
export function headingLevelOf(level: unknown): HeadingLevel {
  const number = typeof level === 'string' && level.trim() !== '' ? Number(level) : level;
  if (typeof number === 'number' && Number.isInteger(number) && number >= 1 && number <= 6) {
    return number as HeadingLevel;
  }
  warnOnce(`headingLevel ${JSON.stringify(String(level))} is not 1 to 6; using 2.`);
  return 2;
}

/** A heading whose level the host sets, so the guide fits the outline of the page it is embedded in. */
export const Heading = forwardRef<
  HTMLHeadingElement,
  { readonly level: HeadingLevel } & ComponentPropsWithoutRef<'h2'>
>(({ level, ...props }, ref) => {
  const Tag = `h${headingLevelOf(level)}` as const;
  return <Tag ref={ref} {...props} />;
});
Heading.displayName = 'Heading';

/** The level below, capped at h6. */
export const subLevel = (level: HeadingLevel): HeadingLevel => Math.min(headingLevelOf(level) + 1, 6) as HeadingLevel;

export type HeadingPrimitiveProps = ComponentPropsWithoutRef<'h2'> & AsChildProps & { readonly level: HeadingLevel };

/** A heading at the host's level, or the host's own element with `asChild`. */
export const HeadingPrimitive = forwardRef<HTMLHeadingElement, HeadingPrimitiveProps>(
  ({ asChild, level, ...props }, ref) =>
    asChild ? <Slot {...props} ref={ref} /> : <Heading level={level} {...props} ref={ref} />,
);
HeadingPrimitive.displayName = 'Primitive.heading';
