import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ScenarioPicker } from '../src/components/scenario-picker';
import { expectNoAxeViolations } from './axe';
import { renderWithGuide } from './helpers';

describe('ScenarioPicker in Chromium', () => {
  it('has no axe violations, before and after answering', async () => {
    const { migration } = renderWithGuide(<ScenarioPicker />);
    await expectNoAxeViolations();
    await userEvent.click(page.getByRole('radio', { name: /^With another Business Solution Provider/u }));
    await expectNoAxeViolations();
    await userEvent.click(
      page.getByRole('radio', {
        name: 'Yes, it moves to a new WhatsApp Business Account in the same business portfolio',
      }),
    );
    await expect.element(page.getByRole('status')).toHaveTextContent('Move your number from another BSP to Zendesk');
    await expectNoAxeViolations();
    await userEvent.click(page.getByRole('button', { name: 'Start this move' }));
    expect(migration.getSnapshot().scenario?.id).toBe('bsp-to-provider');
    expect(navigator.userAgent).toMatch(/Chrome\//u);
  });
});
