#!/usr/bin/env node
// PLACEHOLDER: `ferrous check` (issue 7).
export {};
