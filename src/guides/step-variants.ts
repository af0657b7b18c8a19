import type { Guide, GuideStep } from '../shared/guides/schema.ts';

type Variant = Guide['ageBands'][number];

/**
 * What the projector shows under "by age" for one step: every variant for a mixed group; for a
 * class of one age band only that band's — the step's own if it has one, else the guide's general
 * variant for the band on the play steps, where the adaptation matters most.
 */
export function variantsFor(g: Pick<Guide, 'ageBands'>, s: Pick<GuideStep, 'kind' | 'variants'>, band: Variant['band'] | null): Variant[] {
  if (!band) return s.variants;
  const own = s.variants.filter((v) => v.band === band);
  if (own.length) return own;
  if (s.kind !== 'guided-play' && s.kind !== 'outing') return [];
  return g.ageBands.filter((v) => v.band === band);
}
