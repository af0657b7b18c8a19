import { describe, expect, it } from 'vitest';
import { guideSchema } from '../../../src/shared/guides/schema.ts';
import { variantsFor } from '../../../src/guides/step-variants.ts';
import { exampleGuide } from './fixtures.ts';

describe('presenter variants for the class band', () => {
  const g = guideSchema.parse(exampleGuide());
  const bodyStick = g.steps.find((s) => s.id === 'body-stick');
  const dadTalk = g.steps.find((s) => s.id === 'dad-talk');
  if (!bodyStick || !dadTalk) throw new Error('example guide changed');

  it('shows every variant of the step to a mixed group', () => {
    expect(variantsFor(g, bodyStick, null).map((v) => v.band)).toEqual(['0-2']);
  });

  it("shows a single-band class only its band: the step's own, else the guide's on play steps", () => {
    expect(variantsFor(g, bodyStick, '0-2')).toEqual(bodyStick.variants);
    expect(variantsFor(g, bodyStick, '3-5')).toEqual([g.ageBands.find((b) => b.band === '3-5')]);
    expect(variantsFor(g, dadTalk, '3-5')).toEqual([]);
    expect(variantsFor(g, bodyStick, '8-12')).toEqual([]);
  });
});
