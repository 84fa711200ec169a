// Public runtime entry: re-exports only.
export {};
