import { readFileSync } from 'node:fs';
import type { GuideInput } from '../../../src/shared/guides/schema.ts';

/** A fresh deep copy of the example guide, for tests to break one field at a time. */
export function exampleGuide(): GuideInput & Record<string, unknown> {
  return JSON.parse(readFileSync('assets/guides/dal-01-know-your-child.json', 'utf8')) as GuideInput & Record<string, unknown>;
}
