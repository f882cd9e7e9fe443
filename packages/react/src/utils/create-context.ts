import { createContext as createReactContext, useContext } from 'react';

/**
 * A context whose hook throws a precise error when used outside its provider, instead of handing back an
 * undefined value that fails later somewhere unrelated.
 */
export function createStrictContext<T>(hookName: string, providerName: string) {
  const Context = createReactContext<T | null>(null);
  Context.displayName = providerName;
  // biome-ignore lint/correctness/noComponentHookFactories: a factory of typed contexts, called once per module
  function useStrictContext(): T {
    const value = useContext(Context);
    if (value === null) {
      throw new Error(`[@wamigrate/react] ${hookName} must be used inside <${providerName}>.`);
    }
    return value;
  }
  return [Context.Provider, useStrictContext, Context] as const;
}
