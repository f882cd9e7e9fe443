import type * as Dialog from '@radix-ui/react-dialog';
import { type ComponentPropsWithoutRef, forwardRef, type Ref, useEffect, useState } from 'react';
import { NativeConfirmDialog } from './native-confirm-dialog';
import { useConfirmState, useStepContext, useStepperContext } from './stepper-context';

export type MigrationStepperConfirmDialogProps = ComponentPropsWithoutRef<typeof Dialog.Content>;

type RadixDialog = typeof import('./radix-confirm-dialog')['default'];

/**
 * Radix's dialog, fetched once for the page when a stepper on `radix` mounts (long before the person can
 * open it). A fetch that fails (a deploy replaced the chunk, the connection dropped) is tried again by the
 * next stepper; meanwhile the native dialog stands in, so a step can always be confirmed.
 */
let radixDialog: RadixDialog | undefined;
let radixDialogLoading: Promise<RadixDialog> | undefined;
export function loadRadixDialog(): Promise<RadixDialog> {
  radixDialogLoading ??= import('./radix-confirm-dialog')
    .then((module) => {
      // A component (forwardRef's is an object, not a function): a broken chunk has none.
      if (module.default == null) throw new Error('the Radix dialog module has no dialog');
      radixDialog = module.default;
      return module.default;
    })
    .catch((error: unknown) => {
      radixDialogLoading = undefined;
      throw error;
    });
  return radixDialogLoading;
}

/** The Radix dialog once it has arrived; undefined on the server and until then. */
function useRadixDialog(wanted: boolean): RadixDialog | undefined {
  const [loaded, setLoaded] = useState<RadixDialog | undefined>(() => radixDialog);
  useEffect(() => {
    if (!wanted || loaded) return;
    let current = true;
    loadRadixDialog().then(
      (dialog) => {
        if (current) setLoaded(() => dialog);
      },
      () => undefined, // the native dialog stands in
    );
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
    // Opened before Radix's has arrived (or after it failed to): the native dialog takes this opening, and
    // keeps it until it has closed and given focus back, even if Radix's arrives meanwhile.
    const open = confirm?.open === true;
    const [standingIn, setStandingIn] = useState(false);
    const native = dialog === 'native' || standingIn || (open && !RadixConfirmDialog);
    useEffect(() => {
      if (open && !RadixConfirmDialog && dialog !== 'native') setStandingIn(true);
      else if (!open && standingIn) setStandingIn(false);
    }, [open, RadixConfirmDialog, dialog, standingIn]);
    if (!confirm || !step.confirmation) return null;
    if (native) {
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
