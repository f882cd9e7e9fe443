import { type MessageTree, mergeTrees } from '../types';
import { jaEssentials } from './essentials';
import { jaDetails } from './troubleshooting-details';

/** The whole catalogue: what a guide renders with, and every troubleshooting entry's details. */
export const ja: MessageTree = /* @__PURE__ */ mergeTrees(jaEssentials, jaDetails);
