/** Table types for Kysely. Migrations do not use these (they are frozen in time). */
export interface AppMetaTable {
  key: string;
  value: string;
}

export interface Database {
  app_meta: AppMetaTable;
}
