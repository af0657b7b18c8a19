import { fieldPath } from '../content/problems.ts';
import { instrumentSchema, type Instrument } from '../shared/records/instrument.ts';
import { getMeta, setMeta } from './store.ts';

// Bundled with the app (hashed and precached), loaded only when the survey screen opens.
const files = import.meta.glob<{ default: unknown }>('../../levels/instruments/*.json');

export async function bundledInstruments(): Promise<Instrument[]> {
  const mods = await Promise.all(Object.values(files).map((load) => load()));
  return mods.map((m) => instrumentSchema.parse(m.default));
}

/** Bundled instruments plus those a center added as files on this device (a later one with the same id wins). */
export async function allInstruments(): Promise<Instrument[]> {
  const added = ((await getMeta<unknown[]>('instruments')) ?? []).flatMap((raw) => {
    const r = instrumentSchema.safeParse(raw);
    return r.success ? [r.data] : [];
  });
  const byId = new Map<string, Instrument>();
  for (const i of [...(await bundledInstruments()), ...added]) byId.set(i.id, i);
  return [...byId.values()];
}

export class InstrumentFileError extends Error {
  override readonly name = 'InstrumentFileError';
  constructor(readonly field: string, message: string) {
    super(message);
  }
}

/** Checks a center's instrument file like the build checks ours, then keeps it on this device. */
export async function addInstrumentFile(text: string): Promise<Instrument> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new InstrumentFileError('', (e as Error).message);
  }
  const r = instrumentSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new InstrumentFileError(fieldPath(issue?.path ?? []), issue?.message ?? 'invalid');
  }
  const list = ((await getMeta<unknown[]>('instruments')) ?? []).filter((x) => (x as { id?: unknown }).id !== r.data.id);
  await setMeta('instruments', [...list, r.data]);
  return r.data;
}
