import { Slot } from '@radix-ui/react-slot';
import type { ElementType } from 'react';

/** The element a part renders: the host's child with `asChild`, else the tag (for tags `Primitive` lacks). */
export const partElement = (asChild: boolean | undefined, tag: ElementType): ElementType => (asChild ? Slot : tag);
