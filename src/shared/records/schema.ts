import { z, type ZodType } from 'zod';
import { ID_PATTERN } from './ids.ts';
import { FAMILY_CODE_PATTERN } from './family-code.ts';

/**
 * The participation and outcome records, shared by the browser store, the sync protocol and the
 * server's reports. Every record carries the same base so sync, backup and merging treat all ten
 * entities alike; the entity-specific fields are validated here and nowhere else.
 */
export const ENTITY_NAMES = ['center', 'program', 'cohort', 'session', 'family', 'person', 'consent', 'attendance', 'activity', 'survey'] as const;
export type EntityName = (typeof ENTITY_NAMES)[number];

/** Version of the record format; the local store migrates older data up to it (see migrations.ts). */
export const RECORDS_SCHEMA_VERSION = 3;

export const AGE_BANDS = ['0-2', '3-5', '6-7', '8-12'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

const id = z.string().regex(ID_PATTERN, 'a 26-character sortable id');
const isoTime = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();
const shortText = z.string().max(200);
const noteText = z.string().max(4000);

export const baseSchema = z.object({
  id,
  centerId: id.nullable(),
  createdAt: isoTime,
  updatedAt: isoTime,
  deletedAt: isoTime.nullable(),
});
export type BaseRecord = z.infer<typeof baseSchema>;

export const centerSchema = baseSchema.extend({
  name: shortText.min(1),
  /** Two-letter district prefix used in family codes (GN = 강남구). */
  district: z.string().regex(/^[A-Z]{2}$/),
  /** Share of a cohort's sessions a person must attend to complete (수료), 0–1. */
  completionThreshold: z.number().min(0.1).max(1),
  /** Groups smaller than this are hidden in reports meant for others. */
  minGroupSize: z.number().int().min(1).max(50),
});

export const PROGRAM_KINDS = ['appa-master', 'aja', 'other'] as const;
export const PROGRAM_AREAS = ['family-relations', 'father-role', 'culture'] as const;
export const PROGRAM_METHODS = ['education', 'culture-experience'] as const;
export const PROGRAM_UNITS = ['family', 'individual'] as const;
export const PROGRAM_DELIVERIES = ['in-person', 'online', 'kit'] as const;
export const programSchema = baseSchema.extend({
  kind: z.enum(PROGRAM_KINDS),
  name: shortText.min(1),
  year: z.number().int().min(2000).max(2100),
  area: z.enum(PROGRAM_AREAS),
  method: z.enum(PROGRAM_METHODS),
  unit: z.enum(PROGRAM_UNITS),
  delivery: z.enum(PROGRAM_DELIVERIES),
});

export const cohortSchema = baseSchema.extend({
  programId: id,
  name: shortText.min(1),
  /** e.g. `2026-1` (first term of 2026). */
  term: shortText.min(1),
  ageBand: z.enum(AGE_BANDS),
  /** Families that can be enrolled; more go on the waitlist. */
  capacity: z.number().int().min(1).max(500),
  /** Sessions the cohort is planned to hold (the completion denominator until more are held). */
  plannedSessions: z.number().int().min(1).max(100),
});

export const sessionSchema = baseSchema.extend({
  cohortId: id,
  date: isoDate,
  /** The session guide run in class (the guides feature's id), if any. */
  guideId: z.string().max(100).nullable(),
  facilitator: shortText,
  /** Free-text note: personal, never leaves the device in clear. */
  note: noteText,
});

export const FAMILY_STATUSES = ['enrolled', 'waitlist', 'withdrawn'] as const;
export const familySchema = baseSchema.extend({
  code: z.string().regex(FAMILY_CODE_PATTERN, 'a family code like GN-7K3P'),
  cohortId: id.nullable(),
  status: z.enum(FAMILY_STATUSES),
  /** Set when an adult merged this duplicate into another family; it then counts as that one. */
  mergedInto: id.nullable(),
  note: noteText,
});

export const PERSON_ROLES = ['father', 'child', 'partner'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
export const personSchema = baseSchema
  .extend({
    familyId: id,
    role: z.enum(PERSON_ROLES),
    /** Father's or partner's name as the center writes it; empty for a child. */
    name: shortText,
    /** A child's nickname only — never a full name. Empty for adults. */
    nickname: shortText,
    /** A child's age band (never a birth date); null for adults. */
    ageBand: z.enum(AGE_BANDS).nullable(),
  })
  .refine((p) => p.deletedAt !== null || p.role !== 'child' || p.ageBand !== null, { message: 'a child needs an age band', path: ['ageBand'] });

export const consentSchema = baseSchema.extend({
  familyId: id,
  /** Version of the consent text the guardian agreed to. */
  version: shortText.min(1),
  givenAt: isoTime,
  scopes: z.object({ records: z.boolean(), photos: z.boolean(), research: z.boolean() }),
  withdrawnAt: isoTime.nullable(),
});

export const ATTENDANCE_STATUSES = ['present', 'late', 'left-early', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const attendanceSchema = baseSchema.extend({
  sessionId: id,
  personId: id,
  familyId: id,
  status: z.enum(ATTENDANCE_STATUSES),
});

export const ACTIVITY_KINDS = ['game', 'sheet', 'mission', 'stamp'] as const;
export const activitySchema = baseSchema.extend({
  kind: z.enum(ACTIVITY_KINDS),
  /** The game, sheet, mission or stamp id. */
  refId: z.string().min(1).max(100),
  levelId: z.string().max(100).nullable(),
  ageBand: z.enum(AGE_BANDS),
  seconds: z.number().min(0).max(86_400),
  where: z.enum(['home', 'class']),
  /** The family it belongs to when known (a facilitator ticking a mission); null on a family's own device. */
  familyId: id.nullable(),
  doneAt: isoTime,
});

export const TIME_POINTS = ['pre', 'post', 'satisfaction'] as const;
export type TimePoint = (typeof TIME_POINTS)[number];
export const surveySchema = baseSchema.extend({
  instrumentId: z.string().min(1).max(100),
  instrumentVersion: z.string().min(1).max(40),
  timePoint: z.enum(TIME_POINTS),
  personId: id.nullable(),
  familyId: id.nullable(),
  cohortId: id.nullable(),
  /** Item id → the answer's numeric value (a skipped item is simply absent). */
  answers: z.record(z.string(), z.number()),
  /** Scored total as the instrument defines it (sum or mean), null when too few items were answered. */
  total: z.number().nullable(),
  /** Optional open comment: personal, never leaves the device in clear. */
  comment: noteText,
  language: z.enum(['ko', 'en', 'zh', 'ja', 'vi']),
  takenAt: isoTime,
});

export type CenterRecord = z.infer<typeof centerSchema>;
export type ProgramRecord = z.infer<typeof programSchema>;
export type CohortRecord = z.infer<typeof cohortSchema>;
export type SessionRecord = z.infer<typeof sessionSchema>;
export type FamilyRecord = z.infer<typeof familySchema>;
export type PersonRecord = z.infer<typeof personSchema>;
export type ConsentRecord = z.infer<typeof consentSchema>;
export type AttendanceRecord = z.infer<typeof attendanceSchema>;
export type ActivityRecord = z.infer<typeof activitySchema>;
export type SurveyRecord = z.infer<typeof surveySchema>;

export interface EntityRecords {
  center: CenterRecord;
  program: ProgramRecord;
  cohort: CohortRecord;
  session: SessionRecord;
  family: FamilyRecord;
  person: PersonRecord;
  consent: ConsentRecord;
  attendance: AttendanceRecord;
  activity: ActivityRecord;
  survey: SurveyRecord;
}
export type RecordOf<E extends EntityName> = EntityRecords[E];

export const ENTITY_SCHEMAS: { [E in EntityName]: ZodType<EntityRecords[E]> } = {
  center: centerSchema,
  program: programSchema,
  cohort: cohortSchema,
  session: sessionSchema,
  family: familySchema,
  person: personSchema,
  consent: consentSchema,
  attendance: attendanceSchema,
  activity: activitySchema,
  survey: surveySchema,
};

/**
 * Fields that identify or describe a person in words: they never leave the device in clear (sync
 * encrypts them) and a deletion blanks them. Codes, roles, age bands and counts are pseudonymous.
 */
export const PERSONAL_FIELDS: Record<EntityName, readonly string[]> = {
  center: [],
  program: [],
  cohort: [],
  session: ['note'],
  family: ['note'],
  person: ['name', 'nickname'],
  consent: [],
  attendance: [],
  activity: [],
  survey: ['comment'],
};

export function isEntityName(v: unknown): v is EntityName {
  return typeof v === 'string' && (ENTITY_NAMES as readonly string[]).includes(v);
}

/** The tombstone of a record: deletedAt set, personal fields emptied, everything else kept for counting history. */
export function tombstone<E extends EntityName>(entity: E, record: RecordOf<E>, at: string): RecordOf<E> {
  const out: Record<string, unknown> = { ...record, deletedAt: record.deletedAt ?? at, updatedAt: at };
  for (const f of PERSONAL_FIELDS[entity]) out[f] = '';
  return out as RecordOf<E>;
}
