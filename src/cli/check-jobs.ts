import { OptionsError } from '../errors.js';

/** Throws OptionsError naming --jobs unless it is absent or a whole number ≥ 1 (kg build and kg extract). */
export function checkJobs(jobs: number | undefined): void {
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new OptionsError(`--jobs: ${String(jobs)} is not a whole number ≥ 1 — pass e.g. --jobs 2, or 1 for no worker threads`);
}
