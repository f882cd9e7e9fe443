import type { MessageTree } from '../types';
import { carryOver } from './carryOver';
import { engine } from './engine';
import { glossary } from './glossary';
import { locations } from './locations';
import { phone } from './phone';
import { requirements } from './requirements';
import { steps } from './steps';
import { troubleshooting } from './troubleshooting';
import * as ui from './ui';
import { validation } from './validation';

/** Each area file owns its top-level keys; they are merged here into one namespace. */
export const en = {
  ...steps,
  ...requirements,
  ...troubleshooting,
  ...glossary,
  ...carryOver,
  ...phone,
  ...validation,
  ...engine,
  ...locations,
  ui: { ...ui },
} satisfies MessageTree;
