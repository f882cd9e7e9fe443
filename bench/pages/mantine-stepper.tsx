/**
 * The peer: Mantine's Stepper with the same steps and texts, written as its documentation shows, plus what an
 * app must add itself to match ours: focus moves to the new step's heading when the step changes.
 */
import { Button, Group, MantineProvider, Stepper } from '@mantine/core';
import '@mantine/core/styles/baseline.css';
import '@mantine/core/styles/default-css-variables.css';
import '@mantine/core/styles/global.css';
import '@mantine/core/styles/UnstyledButton.css';
import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Group.css';
import '@mantine/core/styles/Stepper.css';
import { useEffect, useRef, useState } from 'react';
import { type BenchScenario, exposeBench } from './page-harness.ts';

function PeerStepper({ scenario }: { readonly scenario: BenchScenario }) {
  const [active, setActive] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef(active);
  useEffect(() => {
    // Only when the user changes the step, never on the first render.
    if (shown.current !== active) heading.current?.focus();
    shown.current = active;
  }, [active]);
  const last = scenario.steps.length;
  return (
    <MantineProvider>
      <Stepper active={active} onStepClick={setActive}>
        {scenario.steps.map((step) => (
          <Stepper.Step key={step.id} label={step.title}>
            <section aria-labelledby={`heading-${step.id}`}>
              <h2 id={`heading-${step.id}`} ref={heading} tabIndex={-1} data-bench-heading="">
                {step.title}
              </h2>
              <p>{step.description}</p>
              <p>{step.howToComplete}</p>
            </section>
          </Stepper.Step>
        ))}
      </Stepper>
      <Group justify="center" mt="xl">
        <Button variant="default" disabled={active === 0} onClick={() => setActive((a) => Math.max(0, a - 1))}>
          Back
        </Button>
        <Button
          disabled={active >= last - 1}
          onClick={() => setActive((a) => Math.min(last - 1, a + 1))}
          data-bench-next=""
        >
          Next step
        </Button>
      </Group>
    </MantineProvider>
  );
}

exposeBench({
  render: (scenario) => <PeerStepper scenario={scenario} />,
  selectors: {
    item: '.mantine-Stepper-step',
    heading: '[data-bench-heading]',
    next: '[data-bench-next]',
    firstControl: '.mantine-Stepper-step',
  },
});
