import { forwardRef } from 'react';
import type { HeadingLevel } from '../../utils/heading';
import {
  CarryOverSummaryHeading,
  CarryOverSummaryList,
  CarryOverSummaryRoot,
  type CarryOverSummaryRootProps,
} from './carry-over-summary-parts';

export interface CarryOverSummaryProps extends CarryOverSummaryRootProps {
  /** The level of the two lists' headings. Default 2. */
  readonly headingLevel?: HeadingLevel | undefined;
}

/** What moves with the number and what does not, as two lists under their own headings. */
export const CarryOverSummaryDefault = forwardRef<HTMLDivElement, CarryOverSummaryProps>(
  ({ headingLevel = 2, ...props }, ref) => (
    <CarryOverSummaryRoot ref={ref} {...props}>
      <CarryOverSummaryHeading carriesOver level={headingLevel} />
      <CarryOverSummaryList carriesOver />
      <CarryOverSummaryHeading carriesOver={false} level={headingLevel} />
      <CarryOverSummaryList carriesOver={false} />
    </CarryOverSummaryRoot>
  ),
);
CarryOverSummaryDefault.displayName = 'CarryOverSummary';
