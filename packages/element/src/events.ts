/** Every engine event reaches the page as `wamigrate:<type>`, e.g. `wamigrate:step-change`. */
export const EVENT_PREFIX = 'wamigrate:';
