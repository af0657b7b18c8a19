// Drawn, not emoji: emoji fonts are missing on many class tablets.
const stroke = 'fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"';
export const ICONS = {
  speaker: `<svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true"><g ${stroke}><path d="M4 9h4l5-4v14l-5-4H4z"/><path d="M16.5 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12"/></g></svg>`,
  pause: `<svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true"><g ${stroke}><rect x="6" y="5" width="4" height="14" rx="1"/><rect x="14" y="5" width="4" height="14" rx="1"/></g></svg>`,
  timer: `<svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true"><g ${stroke}><circle cx="12" cy="13" r="8"/><path d="M12 13V9M9 2h6"/></g></svg>`,
  cards: `<svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true"><g ${stroke}><rect x="3" y="6" width="13" height="15" rx="2"/><path d="M8 3h11a2 2 0 0 1 2 2v13"/></g></svg>`,
};
