export const MINUTE = 60 * 1000;
export const HOUR = 60 * MINUTE;
