import { CarryOverSummaryDefault } from './carry-over-summary';
import {
  CarryOverSummaryHeading,
  CarryOverSummaryItem,
  CarryOverSummaryList,
  CarryOverSummaryRoot,
} from './carry-over-summary-parts';

export type { CarryOverSummaryProps } from './carry-over-summary';
export {
  type CarryOverState,
  CarryOverSummaryHeading,
  type CarryOverSummaryHeadingProps,
  CarryOverSummaryItem,
  type CarryOverSummaryItemProps,
  CarryOverSummaryList,
  type CarryOverSummaryListProps,
  CarryOverSummaryRoot,
  type CarryOverSummaryRootProps,
  useCarryOver,
  useCarryOverItem,
} from './carry-over-summary-parts';

/** `<CarryOverSummary />` whole, or rebuilt from `.Root`, `.Heading`, `.List`, `.Item`. */
export const CarryOverSummary = Object.assign(CarryOverSummaryDefault, {
  Root: CarryOverSummaryRoot,
  Heading: CarryOverSummaryHeading,
  List: CarryOverSummaryList,
  Item: CarryOverSummaryItem,
});
