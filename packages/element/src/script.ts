// The single-file build: React, the guide and the stylesheet in one script that registers the element.
import { define } from './define';

define();
