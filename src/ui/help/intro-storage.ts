/**
 * Whether the first-visit introduction was dismissed. Storage can be missing or throw (private
 * windows, blocked cookies, a full quota): then the introduction shows, and dismissing it holds
 * for this page view only.
 */
const KEY = 'servala-sim:intro-dismissed';

export function introDismissed(storage: Pick<Storage, 'getItem'> | undefined = safeStorage()) {
  try {
    return storage?.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function rememberIntroDismissed(
  storage: Pick<Storage, 'setItem'> | undefined = safeStorage(),
): void {
  try {
    storage?.setItem(KEY, '1');
  } catch {
    // Not remembered: the introduction shows again on the next visit, which is harmless.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
