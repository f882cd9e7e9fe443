import { type MessageTree, mergeAreas } from '../types';
import { carryOver } from './carryOver';
import { engine } from './engine';
import { glossary } from './glossary';
import { locations } from './locations';
import { phone } from './phone';
import { requirements } from './requirements';
import { steps } from './steps';
import { troubleshooting } from './troubleshooting';
// Named, not `import * as ui`: a bundled namespace object is built by a call a bundler cannot drop.
import { checklist, guide, live, picker, reference, stepper, troubleshooting as troubleshootingUi } from './ui';
import { validation } from './validation';

/**
 * The catalogue a guide needs to render: every area but the troubleshooting entries' details, which a bundle
 * fetches once a panel is shown (`./troubleshooting-details`). Each area file owns its top-level keys; they
 * are merged here into one namespace.
 */
export const enEssentials = /* @__PURE__ */ mergeAreas(
  steps,
  requirements,
  troubleshooting,
  glossary,
  carryOver,
  phone,
  validation,
  engine,
  locations,
  { ui: { checklist, guide, live, picker, reference, stepper, troubleshooting: troubleshootingUi } },
) satisfies MessageTree;
