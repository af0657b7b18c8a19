import { t } from '../i18n/index.ts';
import type { Guide, GuideAgeBand, StepKind } from '../shared/guides/schema.ts';
import type { LinkView } from './catalog.ts';
import { tr } from './catalog.ts';

export function programName(g: Pick<Guide, 'program' | 'programName'>): string {
  return g.program === 'center' && g.programName ? tr(g.programName) : t(`guides:program.${g.program}`);
}

export function bandLabel(b: GuideAgeBand): string {
  return t(`age.${b}`);
}

export function kindLabel(k: StepKind): string {
  return t(`guides:kind.${k}`);
}

/** "아빠육아달인 1회기" */
export function sessionLabel(g: Guide): string {
  return t('guides:sessionLabel', { program: programName(g), n: g.session });
}

/** A game or sheet's name for a link, from this namespace (the games and sheets may not exist yet). */
export function linkLabel(l: Pick<LinkView, 'kind' | 'id'>): string {
  if (l.kind === 'game') return t('guides:linkGame', { name: t(`guides:games.${l.id}`) });
  if (l.id === 'seoul-map') return t('guides:linkSheet', { name: t('guides:places.seoul-map') });
  const m = /^(.*)-(simple|detailed)$/.exec(l.id);
  const place = m ? t(`guides:places.${m[1] ?? ''}`) : l.id;
  return t('guides:linkSheet', { name: m ? `${place} (${t(`guides:sheetVariant.${m[2] ?? ''}`)})` : place });
}

export function minutesLabel(n: number): string {
  return t('guides:minutes', { count: n });
}
