import type * as Dialog from '@radix-ui/react-dialog';
import { type ComponentPropsWithoutRef, forwardRef, type Ref, useEffect, useState } from 'react';
import { NativeConfirmDialog } from './native-confirm-dialog';
import { useConfirmState, useStepContext, useStepperContext } from './stepper-context';

export type MigrationStepperConfirmDialogProps = ComponentPropsWithoutRef<typeof Dialog.Content>;

type RadixDialog = typeof import('./radix-confirm-dialog')['default'];

/**
 * Radix's dialog, fetched once for the page when a stepper on `radix` mounts (long before the person can
 * open it), so opening is synchronous as before; opened sooner, it shows as soon as it has arrived.
 */
let radixDialog: RadixDialog | undefined;
let radixDialogLoading: Promise<RadixDialog> | undefined;
export function loadRadixDialog(): Promise<RadixDialog> {
  radixDialogLoading ??= import('./radix-confirm-dialog').then((module) => {
    radixDialog = module.default;
    return module.default;
  });
  return radixDialogLoading;
}

/** The Radix dialog once it has arrived; undefined on the server and until then. */
function useRadixDialog(wanted: boolean): RadixDialog | undefined {
  const [loaded, setLoaded] = useState<RadixDialog | undefined>(() => radixDialog);
  useEffect(() => {
    if (!wanted || loaded) return;
    let current = true;
    void loadRadixDialog().then((dialog) => {
      if (current) setLoaded(() => dialog);
    });
    return () => {
      current = false;
    };
  }, [wanted, loaded]);
  return loaded;
}

/** Radix's own callbacks; a native `<dialog>` has no such events. */
const RADIX_ONLY = [
  'onOpenAutoFocus',
  'onCloseAutoFocus',
  'onEscapeKeyDown',
  'onPointerDownOutside',
  'onFocusOutside',
  'onInteractOutside',
  'forceMount',
] as const;

function withoutRadixOnly(props: MigrationStepperConfirmDialogProps): ComponentPropsWithoutRef<'dialog'> {
  const rest: Record<string, unknown> = { ...props };
  for (const key of RADIX_ONLY) delete rest[key];
  return rest as ComponentPropsWithoutRef<'dialog'>;
}

/**
 * The modal confirmation before a step with a consequence is completed (APG dialog pattern): focus moves in
 * and is contained, Escape or "cancel" closes it and focus returns to "Mark as done"; "accept" completes the
 * step and focus follows to the next step's heading. Must sit inside `Actions`. Radix Dialog by default; a
 * native `<dialog>` when the stepper's `dialog` is `native` (then Radix's callbacks do not apply).
 * Texts: the step's own confirmation (`step.confirmation`); nothing for a step that needs none.
 */
export const MigrationStepperConfirmDialog = forwardRef<HTMLElement, MigrationStepperConfirmDialogProps>(
  (props, ref) => {
    const { dialog } = useStepperContext();
    const step = useStepContext();
    const confirm = useConfirmState();
    // Loaded after mounting (never on the server, so the server's markup and the hydrating client's agree).
    const RadixConfirmDialog = useRadixDialog(dialog !== 'native' && step.confirmation !== null);
    if (!confirm || !step.confirmation) return null;
    if (dialog === 'native') {
      return (
        <NativeConfirmDialog
          ref={ref as Ref<HTMLDialogElement>}
          confirm={confirm}
          texts={step.confirmation}
          {...withoutRadixOnly(props)}
        />
      );
    }
    if (!RadixConfirmDialog) return null;
    return (
      <RadixConfirmDialog ref={ref as Ref<HTMLDivElement>} confirm={confirm} texts={step.confirmation} {...props} />
    );
  },
);
MigrationStepperConfirmDialog.displayName = 'MigrationStepper.ConfirmDialog';
