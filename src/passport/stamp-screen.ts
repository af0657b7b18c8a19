import { h } from '../app/dom.ts';
import { emit } from '../app/events.ts';
import { prefs } from '../app/prefs.ts';
import { t } from '../i18n/index.ts';
import type { Screen } from '../app/types.ts';
import { isDay, isPlaceId, localDay, stampPlace } from './family-model.ts';
import { loadFamily, saveFamily } from './family-store.ts';
import { drawingPad } from './drawing-pad.ts';
import { saveErrorText } from './family-screen.ts';
import { placeName, stampFace } from './stamp-view.ts';
import './passport.css';

export const stampScreen: Screen = {
  async mount(root, ctx) {
    const id = ctx.params.placeId ?? '';
    if (!isPlaceId(id)) {
      root.replaceChildren(h('section', { class: 'family', role: 'alert' }, h('h1', {}, t('passport:stamp.unknown')), h('a', { class: 'btn', href: '/family/passport' }, t('passport:stamp.back'))));
      return;
    }
    let state = await loadFamily();
    const existing = state.stamps[id];
    const today = localDay(new Date());
    const date = h('input', { type: 'date', id: 'stamp-date', class: 'family-input', required: true, max: today, value: existing?.date ?? today });
    const pad = drawingPad(existing?.drawing ?? null);
    const status = h('p', { class: 'family-status', role: 'status' });
    const face = h('div', { class: 'stamp-big' }, stampFace(id, state, 'big'));

    const save = async (e: Event): Promise<void> => {
      e.preventDefault();
      const day = date.value;
      if (!isDay(day) || day > today) {
        status.textContent = t('passport:stamp.badDate');
        date.focus();
        return;
      }
      const { state: next, isNew } = stampPlace(state, id, day, pad.value(), new Date());
      try {
        await saveFamily(next);
        state = next;
        // One outing, one record: redrawing an existing stamp is not a new visit.
        if (isNew) emit('activity-completed', { kind: 'stamp', levelId: id, ageBand: prefs().ageBand, seconds: 0, where: 'home' });
        face.replaceChildren(stampFace(id, state, 'big'));
        face.classList.add('just-stamped');
        status.textContent = t('passport:stamp.saved', { place: placeName(id) });
        submit.textContent = t('passport:stamp.update');
      } catch (err) {
        // The form keeps the date and the drawing, so nothing is lost; the family can retry.
        status.textContent = saveErrorText(err);
      }
    };
    const submit = h('button', { type: 'submit', class: 'btn', id: 'stamp-save' }, existing ? t('passport:stamp.update') : t('passport:stamp.save'));

    root.replaceChildren(
      h(
        'section',
        { class: 'family stamp-page' },
        h('p', {}, h('a', { href: '/family/passport' }, '← ', t('passport:stamp.back'))),
        h('h1', {}, placeName(id)),
        face,
        h('p', { class: 'lead' }, t(`passport:hints.${id}`)),
        h(
          'form',
          { class: 'stamp-form', onsubmit: (e: Event) => void save(e) },
          h('label', { for: 'stamp-date', class: 'family-label' }, t('passport:stamp.when')),
          date,
          h('p', { class: 'family-label', id: 'pad-h' }, t('passport:stamp.draw')),
          pad.el,
          h('p', { class: 'muted' }, t('passport:stamp.drawNote')),
          submit,
          status,
        ),
      ),
    );
  },
};
