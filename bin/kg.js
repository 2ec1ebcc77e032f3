#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so `npx kg` works without a compile step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/index.ts');
