import localforage from 'localforage';

/** The few key-value operations the records store needs, over IndexedDB (localforage) or memory. */
export interface Kv {
  get<T>(key: string): Promise<T | null>;
  set<T>(key: string, value: T): Promise<void>;
  /** Writes many entries in one transaction where the driver allows it (imports, migrations). */
  setMany(entries: ReadonlyArray<readonly [string, unknown]>): Promise<void>;
  remove(key: string): Promise<void>;
  values<T>(): Promise<T[]>;
  clear(): Promise<void>;
}

interface IdbInfo {
  db?: IDBDatabase | null;
  storeName?: string;
}

/** localforage with IndexedDB only: WebSQL and localStorage drivers would silently cap at a few MB. */
export async function openForage(name: string): Promise<Kv> {
  const inst = localforage.createInstance({ name, storeName: 'records', driver: localforage.INDEXEDDB });
  await inst.ready();
  if (inst.driver() !== localforage.INDEXEDDB) throw new Error('IndexedDB unavailable');
  return {
    get: (key) => inst.getItem(key),
    set: async (key, value) => {
      await inst.setItem(key, value);
    },
    async setMany(entries) {
      if (!entries.length) return;
      // localforage has no batch write and opens one transaction per item; an import of 10,000
      // records would spend its time in transaction overhead. Its IndexedDB driver stores values
      // as they are (structured clone), so writing through its own connection in one transaction
      // stays readable by getItem.
      await inst.ready();
      const info = (inst as unknown as { _dbInfo?: IdbInfo })._dbInfo;
      const db = info?.db;
      if (!db || !info?.storeName) {
        for (const [k, v] of entries) await inst.setItem(k, v);
        return;
      }
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(info.storeName as string, 'readwrite');
        const store = tx.objectStore(info.storeName as string);
        for (const [k, v] of entries) store.put(v ?? null, k);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
      });
    },
    remove: (key) => inst.removeItem(key),
    async values<T>() {
      const out: T[] = [];
      await inst.iterate<T, void>((v) => {
        out.push(v);
      });
      return out;
    },
    clear: () => inst.clear(),
  };
}

/**
 * Where IndexedDB is missing (some private modes, locked-down browsers) records live in memory for
 * this visit; the app shows a warning so nobody trusts them to last.
 */
export function memoryKv(): Kv {
  const m = new Map<string, unknown>();
  const clone = <T>(v: T): T => (v === undefined ? v : structuredClone(v));
  return {
    get: async <T>(key: string) => (m.has(key) ? clone(m.get(key) as T) : null),
    set: async (key, value) => {
      m.set(key, clone(value));
    },
    setMany: async (entries) => {
      for (const [k, v] of entries) m.set(k, clone(v));
    },
    remove: async (key) => {
      m.delete(key);
    },
    values: async <T>() => [...m.values()].map((v) => clone(v as T)),
    clear: async () => m.clear(),
  };
}
