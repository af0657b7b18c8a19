import type { Guide, GuideAgeBand, Program } from '../shared/guides/schema.ts';

export type ProgramFilter = Program | 'all';
export type BandFilter = GuideAgeBand | 'all';

/** The class-mode list's rule: a guide shows when its program matches and it has a variant for the band. */
export function filterGuides<G extends Pick<Guide, 'program' | 'ageBands'>>(guides: G[], program: ProgramFilter, band: BandFilter): G[] {
  return guides.filter((g) => (program === 'all' || g.program === program) && (band === 'all' || g.ageBands.some((b) => b.band === band)));
}
