/**
 * The phone field as a business meets it: MigrationGuide on the BSP-to-provider path, nothing stored, so the
 * checklist asks for the number. src/typing.ts types into it key by key through `window.typing` and reads
 * what each keystroke cost: phone validations (./phone-probe.ts) and component renders (./react-commits.ts,
 * loaded before this script).
 */
import { MigrationGuide } from '@wamigrate/react';
import '@wamigrate/react/styles.css';
import { createRoot } from 'react-dom/client';
import { installPhoneProbe, type PhoneReading } from './phone-probe.ts';
import type { CommitReading } from './react-commits.ts';

export interface KeystrokeReading {
  readonly phone: PhoneReading;
  readonly react: CommitReading;
}

export interface TypingApi {
  /** Resolves once React has gone a frame without committing. */
  settle(): Promise<void>;
  /** Starts counting afresh, for the next keystroke. */
  reset(): void;
  /** `field`: a selector for the field whose own components are counted apart. */
  read(field?: string): KeystrokeReading;
}

declare global {
  interface Window {
    typing: TypingApi;
  }
}

/** Past a frame and the task after it: the input event's render, its effects and anything they scheduled. */
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const MAX_FRAMES = 60;

installPhoneProbe();

window.typing = {
  async settle() {
    let seen = window.benchCommits.total;
    for (let i = 0; i < MAX_FRAMES; i++) {
      await frame();
      if (window.benchCommits.total === seen) return;
      seen = window.benchCommits.total;
    }
    throw new Error(`React was still committing ${MAX_FRAMES} frames after a keystroke`);
  },
  reset() {
    window.benchPhoneProbe.reset();
    window.benchCommits.reset();
  },
  read: (field) => ({ phone: window.benchPhoneProbe.read(), react: window.benchCommits.read(field) }),
};

createRoot(document.getElementById('root') as HTMLElement).render(
  <MigrationGuide locale="en" scenario="bsp-to-provider" storage="memory" />,
);
