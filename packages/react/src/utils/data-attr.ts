/** A presence flag for styling hooks: `data-x=""` when true, absent otherwise. */
export const dataFlag = (on: boolean | undefined): '' | undefined => (on ? '' : undefined);

/** The `data-scope` / `data-part` pair every part carries. */
export const anatomy = (scope: string, part: string) => ({ 'data-scope': scope, 'data-part': part }) as const;
