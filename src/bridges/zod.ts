// PLACEHOLDER: the zod bridge (issue 6).
export {};
