/** The drop-in guide as a first-time user meets it: the scenario picker first. */
import { MigrationGuide } from '@wamigrate/react';
import '@wamigrate/react/styles.css';
import { exposeBench } from './page-harness.ts';

const UNUSED = '[data-bench-unused]';

exposeBench({
  render: () => <MigrationGuide locale="en" storage="memory" />,
  selectors: {
    item: UNUSED,
    heading: UNUSED,
    next: UNUSED,
    firstControl: '[data-scope="scenario-picker"] input[type="radio"]',
  },
});
