import type { Meta, StoryObj } from '@storybook/react-vite';
import { type Migration, type MigrationCommand, memoryStorage } from '@wamigrate/core';
import { type FakeMetaBackendOptions, fakeMetaBackend } from '@wamigrate/core/testing';
import { MigrationStepper } from '@wamigrate/react';
import { expect, waitFor, within } from 'storybook/test';
import { atStep, EngineStory, localeOf, storyMigration, storyNow } from './support';

/**
 * Live mode (`hostActions`): the code step performs Meta's calls through the portal's backend. The backend
 * here is `fakeMetaBackend` from `@wamigrate/core/testing`, a stand-in that answers as Meta documents
 * (2388001, 136025, 133005, 131000 …): Meta cannot be called from Storybook.
 */
const meta = {
  title: 'MigrationStepper/Live mode',
  component: MigrationStepper,
  args: { headingLevel: 2, now: storyNow },
  argTypes: { now: { control: false } },
} satisfies Meta<typeof MigrationStepper>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Lets the fake backend's answers arrive. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

/** bsp-to-provider at its code step, live, after `commands` (each answered before the next). */
function liveAt(options: FakeMetaBackendOptions, commands: readonly MigrationCommand[] = []): () => Migration {
  return () => {
    const backend = fakeMetaBackend({ verifiedName: 'Sakura Dental Clinic', ...options });
    const migration = atStep('bsp-to-provider', 2, { hostActions: backend.actions });
    // The calls answer asynchronously: the story sends them one after the other.
    void commands.reduce<Promise<void>>(
      (previous, command) =>
        previous.then(async () => {
          migration.send(command);
          await settled();
        }),
      Promise.resolve(),
    );
    return migration;
  };
}

const over =
  (create: () => Migration): NonNullable<Story['render']> =>
  (args, { globals }) => (
    <EngineStory create={create} locale={localeOf(globals)}>
      <MigrationStepper {...args} />
    </EngineStory>
  );

const START: MigrationCommand = { type: 'LIVE_START' };
const REQUEST: MigrationCommand = { type: 'LIVE_REQUEST_CODE', method: 'SMS', language: 'en_US' };
const VERIFY: MigrationCommand = { type: 'LIVE_VERIFY_CODE', code: '123456' };
const REGISTER: MigrationCommand = { type: 'LIVE_REGISTER' };
const STATUS: MigrationCommand = { type: 'LIVE_CHECK_STATUS' };

const live = (canvasElement: HTMLElement) => canvasElement.querySelector('[data-part="live"]') as HTMLElement;

/** Before anything is sent: one sentence and "Start the move". */
export const ReadyToStart: Story = {
  render: over(liveAt({})),
  play: async ({ canvasElement }) => {
    await expect(live(canvasElement).getAttribute('data-phase')).toBe('start');
  },
};

/** A call on its way: the button and the group are aria-busy and a polite status says what is happening. */
export const CallPending: Story = {
  render: over(liveAt({ slow: true }, [START])),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(live(canvasElement).getAttribute('aria-busy')).toBe('true'));
  },
};

/** Two-step verification is still on at the source: Meta's 2388001, inline, with the way into its entry. */
export const TwoStepStillOn: Story = {
  render: over(liveAt({ twoStepOn: true }, [START])),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(live(canvasElement)).getByText(/2388001/u)).toBeTruthy());
  },
};

/** The code was sent: the SMS/voice choice, "Send me a new code", and the one-time-code field. */
export const WaitingForTheCode: Story = {
  render: over(liveAt({}, [START, REQUEST])),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(live(canvasElement).getAttribute('data-phase')).toBe('verify-code'));
  },
};

/** A wrong code: Meta's 136025; the person enters it again. */
export const WrongCode: Story = {
  render: over(liveAt({ code: '654321' }, [START, REQUEST, VERIFY])),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(live(canvasElement)).getByText(/136025/u)).toBeTruthy());
  },
};

/** Every code request of the policy used: when a request is possible again, as a clock time. */
export const CodeRequestsUsedUp: Story = {
  render: over(liveAt({}, [START, REQUEST, REQUEST, REQUEST])),
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(
        live(canvasElement).querySelector('[data-part="live-request-trigger"]')?.getAttribute('aria-disabled'),
      ).toBe('true'),
    );
  },
};

/** Registering fails with a two-step PIN mismatch (133005): never retried by itself. */
export const PinMismatch: Story = {
  render: over(liveAt({ pinMismatch: true }, [START, REQUEST, VERIFY, REGISTER])),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(live(canvasElement)).getByText(/133005/u)).toBeTruthy());
  },
};

/** Meta refuses a register past its own limit of 10 in 72 hours (133016), counted with calls made elsewhere. */
export const RegisterLimitAtMeta: Story = {
  render: over(liveAt({ registrationsBefore: 10 }, [START, REQUEST, VERIFY, REGISTER])),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(live(canvasElement)).getByText(/133016/u)).toBeTruthy());
  },
};

/** No connection: the call is tried again after a pause, and the status says so. */
export const Offline: Story = {
  render: over(liveAt({ offline: true }, [START])),
  play: async ({ canvasElement }) => {
    // The first retry waits one second; the wait here is generous so a busy machine does not matter.
    await waitFor(
      () =>
        expect(live(canvasElement).querySelector('[data-part="live-status"]')?.textContent).toMatch(
          /Trying again|再試行/u,
        ),
      {
        timeout: 10_000,
      },
    );
  },
};

/**
 * The portal's server refuses before Meta: signed in as someone other than who started the move. Its own
 * entry opens, and the status says it was the portal's server, with its code.
 */
export const SignedInAsSomeoneElse: Story = {
  render: over(liveAt({ portalRefuses: { requestCode: 'not-owner' } }, [START, REQUEST])),
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(live(canvasElement).querySelector('[data-part="live-status"]')?.textContent).toMatch(
        /did not accept this \(code not-owner\)|受け付けられませんでした（コード not-owner）/u,
      ),
    );
  },
};

/** The portal's server no longer knows this move (it restarted): the guide offers to start it again. */
export const ServerForgotTheMove: Story = {
  render: over(liveAt({ portalRefuses: { requestCode: 'not-started' } }, [START, REQUEST])),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(live(canvasElement).getAttribute('data-phase')).toBe('start'));
    await expect(within(live(canvasElement)).getByText(/not-started/u)).toBeTruthy();
  },
};

/** Meta holds this display name: the person confirms it is theirs. */
export const ConfirmTheName: Story = {
  render: over(liveAt({}, [START, REQUEST, VERIFY, REGISTER, STATUS])),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(live(canvasElement)).getByText(/Sakura Dental Clinic/u)).toBeTruthy());
  },
};

/** Done: registered, connected, the name confirmed; the step can be marked done. */
export const Done: Story = {
  render: over(liveAt({}, [START, REQUEST, VERIFY, REGISTER, STATUS, { type: 'LIVE_CONFIRM_NAME', confirmed: true }])),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(live(canvasElement).getAttribute('data-phase')).toBe('done'));
  },
};

/** After a reload without the stored number: the number is asked for in place, for the start call alone. */
export const ResumedAfterReload: Story = {
  render: over(() => {
    const storage = memoryStorage();
    // The first visit walked to the code step; the number was not stored (no persistPhoneNumber).
    atStep('bsp-to-provider', 2, { storage }).destroy();
    return storyMigration({ storage, hostActions: fakeMetaBackend().actions });
  }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(live(canvasElement).getAttribute('data-phase')).toBe('number'));
    await expect(canvasElement.querySelector('[data-part="live-number-input"]')).not.toBeNull();
  },
};
