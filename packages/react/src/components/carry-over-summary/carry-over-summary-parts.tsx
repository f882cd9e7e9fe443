import { carryOverAnatomy } from '@wamigrate/core/connect';
import { CARRY_OVER_ITEMS, type CarryOverItem } from '@wamigrate/core/reference';
import { type ComponentPropsWithoutRef, forwardRef, useMemo } from 'react';
import { type MessageValues, useGuideI18n } from '../../i18n/i18n-context';
import { createStrictContext } from '../../utils/create-context';
import { Heading, type HeadingLevel } from '../../utils/heading';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { useReferenceParams } from '../glossary-term/use-reference-params';

const part = carryOverAnatomy.attrs;
const kind = (carriesOver: boolean) => (carriesOver ? 'moves' : 'stays');

export interface CarryOverState {
  readonly items: readonly CarryOverItem[];
  readonly params: MessageValues;
}
const [CarryOverProvider, useCarryOver] = createStrictContext<CarryOverState>('useCarryOver', 'CarryOverSummary.Root');
const [ItemProvider, useCarryOverItem] = createStrictContext<CarryOverItem>(
  'useCarryOverItem',
  'CarryOverSummary.Item',
);

export { useCarryOver, useCarryOverItem };

export interface CarryOverSummaryRootProps extends PrimitiveProps<'div'> {
  /** Default: the core's list. */
  readonly items?: readonly CarryOverItem[] | undefined;
  /** Values for the texts' placeholders; default the migration's profile, or the default profile. */
  readonly params?: MessageValues | undefined;
}

export const CarryOverSummaryRoot = forwardRef<HTMLDivElement, CarryOverSummaryRootProps>(
  ({ items = CARRY_OVER_ITEMS, params, ...props }, ref) => {
    const values = useReferenceParams(params);
    const value = useMemo(() => ({ items, params: values }), [items, values]);
    return (
      <CarryOverProvider value={value}>
        <Primitive.div ref={ref} {...part('root')} {...props} />
      </CarryOverProvider>
    );
  },
);
CarryOverSummaryRoot.displayName = 'CarryOverSummary.Root';

export interface CarryOverSummaryHeadingProps extends ComponentPropsWithoutRef<'h2'> {
  readonly carriesOver: boolean;
  readonly level?: HeadingLevel | undefined;
}

/** "Moves with your number" or "Does not move": the status is in words, not only in styling. */
export const CarryOverSummaryHeading = forwardRef<HTMLHeadingElement, CarryOverSummaryHeadingProps>(
  ({ carriesOver, level = 2, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const { params } = useCarryOver();
    return (
      <Heading ref={ref} level={level} {...part('heading')} data-kind={kind(carriesOver)} {...props}>
        {children ?? t(`ui.reference.carryOver.${kind(carriesOver)}`, params)}
      </Heading>
    );
  },
);
CarryOverSummaryHeading.displayName = 'CarryOverSummary.Heading';

export interface CarryOverSummaryListProps extends PrimitiveProps<'ul'> {
  /** The items that move (true) or those that stay behind (false). */
  readonly carriesOver: boolean;
}

export const CarryOverSummaryList = forwardRef<HTMLUListElement, CarryOverSummaryListProps>(
  ({ carriesOver, children, ...props }, ref) => {
    const { items } = useCarryOver();
    const shown = items.filter((item) => item.carriesOver === carriesOver);
    if (shown.length === 0 && children === undefined) return null;
    return (
      <Primitive.ul ref={ref} {...part('list')} data-kind={kind(carriesOver)} {...props}>
        {children ?? shown.map((item) => <CarryOverSummaryItem key={item.id} item={item} />)}
      </Primitive.ul>
    );
  },
);
CarryOverSummaryList.displayName = 'CarryOverSummary.List';

export interface CarryOverSummaryItemProps extends PrimitiveProps<'li'> {
  readonly item: CarryOverItem;
}

/** The item's name, then what happens to it. */
export const CarryOverSummaryItem = forwardRef<HTMLLIElement, CarryOverSummaryItemProps>(
  ({ item, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const { params } = useCarryOver();
    return (
      <ItemProvider value={item}>
        <Primitive.li ref={ref} {...part('item')} data-kind={kind(item.carriesOver)} data-item={item.id} {...props}>
          {children ?? (
            <>
              <strong {...part('item-title')}>{t(item.titleKey, params)}</strong>
              <p {...part('item-detail')}>{t(item.detailKey, params)}</p>
            </>
          )}
        </Primitive.li>
      </ItemProvider>
    );
  },
);
CarryOverSummaryItem.displayName = 'CarryOverSummary.Item';
