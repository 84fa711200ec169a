// PLACEHOLDER: the neverthrow bridge (issue 6).
export {};
