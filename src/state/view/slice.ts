/**
 * How a view slice changes its own part of the app store: the store's `set` and `get`, seen
 * through the slice's fields only, so a slice cannot reach into the scenario or another slice.
 */
export type SliceSet<S> = (partial: Partial<S> | ((state: S) => Partial<S>)) => void;
export type SliceCreator<S> = (set: SliceSet<S>, get: () => S) => S;
