import { mergeTrees } from '../types';
import { enEssentials } from './essentials';
import { enDetails } from './troubleshooting-details';

/** The whole catalogue: what a guide renders with, and every troubleshooting entry's details. */
export const en = /* @__PURE__ */ mergeTrees(enEssentials, enDetails);
