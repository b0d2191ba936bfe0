import { relations, sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

const createdAt = () =>
  integer("created_at", { mode: "timestamp" })
    .notNull()
    .default(sql`(unixepoch())`);
const updatedAt = () =>
  integer("updated_at", { mode: "timestamp" })
    .notNull()
    .default(sql`(unixepoch())`);

export const userRoles = ["reader", "admin"] as const;
export type UserRole = (typeof userRoles)[number];

/** Shaped as Auth.js's Drizzle adapter expects, with the product's own columns beside. */
export const users = sqliteTable(
  "users",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text("name"),
    email: text("email").unique(),
    emailVerified: integer("email_verified", { mode: "timestamp_ms" }),
    image: text("image"),
    handle: text("handle").unique(),
    role: text("role", { enum: userRoles }).notNull().default("reader"),
    createdAt: createdAt(),
  },
  (t) => [index("users_role_idx").on(t.role)],
);

export const composers = sqliteTable(
  "composers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    sortName: text("sort_name").notNull(),
    isSample: integer("is_sample", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index("composers_sort_name_idx").on(t.sortName)],
);

export const soundtracks = sqliteTable(
  "soundtracks",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    filmTitle: text("film_title").notNull(),
    filmYear: integer("film_year"),
    label: text("label"),
    albumReleaseDate: text("album_release_date"),
    coverImageUrl: text("cover_image_url"),
    coverAlt: text("cover_alt"),
    isSample: integer("is_sample", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("soundtracks_film_title_idx").on(t.filmTitle),
    index("soundtracks_film_year_idx").on(t.filmYear),
    check(
      "soundtracks_film_year_check",
      sql`${t.filmYear} IS NULL OR ${t.filmYear} BETWEEN 1880 AND 2200`,
    ),
  ],
);

export const soundtrackComposers = sqliteTable(
  "soundtrack_composers",
  {
    soundtrackId: integer("soundtrack_id")
      .notNull()
      .references(() => soundtracks.id, { onDelete: "cascade" }),
    composerId: integer("composer_id")
      .notNull()
      .references(() => composers.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.soundtrackId, t.composerId] }),
    index("soundtrack_composers_composer_idx").on(t.composerId),
  ],
);

export const tracks = sqliteTable(
  "tracks",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    soundtrackId: integer("soundtrack_id")
      .notNull()
      .references(() => soundtracks.id, { onDelete: "cascade" }),
    disc: integer("disc").notNull().default(1),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    durationSeconds: integer("duration_seconds").notNull(),
  },
  (t) => [
    uniqueIndex("tracks_soundtrack_disc_position_idx").on(t.soundtrackId, t.disc, t.position),
    check("tracks_duration_check", sql`${t.durationSeconds} >= 0`),
    check("tracks_position_check", sql`${t.position} >= 1 AND ${t.disc} >= 1`),
  ],
);

export const reviewStatuses = ["draft", "scheduled", "published"] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

export const reviews = sqliteTable(
  "reviews",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    soundtrackId: integer("soundtrack_id")
      .notNull()
      .references(() => soundtracks.id, { onDelete: "cascade" }),
    slug: text("slug").notNull().unique(),
    headline: text("headline").notNull(),
    summary: text("summary").notNull(),
    body: text("body").notNull(),
    /** Tenths of a point: 0–100 stands for 0.0–10.0; null when the critic gave no score. */
    criticScore: integer("critic_score"),
    status: text("status", { enum: reviewStatuses }).notNull().default("draft"),
    publishedAt: integer("published_at", { mode: "timestamp" }),
    weekNumber: integer("week_number").unique(),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("reviews_soundtrack_idx").on(t.soundtrackId),
    index("reviews_status_published_at_idx").on(t.status, t.publishedAt),
    index("reviews_published_at_idx").on(t.publishedAt),
    index("reviews_author_idx").on(t.authorId),
    check(
      "reviews_critic_score_check",
      sql`${t.criticScore} IS NULL OR ${t.criticScore} BETWEEN 0 AND 100`,
    ),
    check("reviews_week_number_check", sql`${t.weekNumber} IS NULL OR ${t.weekNumber} >= 1`),
  ],
);

export const usersRelations = relations(users, ({ many }) => ({
  reviews: many(reviews),
}));

export const composersRelations = relations(composers, ({ many }) => ({
  soundtracks: many(soundtrackComposers),
}));

export const soundtracksRelations = relations(soundtracks, ({ many, one }) => ({
  composers: many(soundtrackComposers),
  tracks: many(tracks),
  review: one(reviews),
}));

export const soundtrackComposersRelations = relations(soundtrackComposers, ({ one }) => ({
  soundtrack: one(soundtracks, {
    fields: [soundtrackComposers.soundtrackId],
    references: [soundtracks.id],
  }),
  composer: one(composers, {
    fields: [soundtrackComposers.composerId],
    references: [composers.id],
  }),
}));

export const tracksRelations = relations(tracks, ({ one }) => ({
  soundtrack: one(soundtracks, { fields: [tracks.soundtrackId], references: [soundtracks.id] }),
}));

export const reviewsRelations = relations(reviews, ({ one }) => ({
  soundtrack: one(soundtracks, { fields: [reviews.soundtrackId], references: [soundtracks.id] }),
  author: one(users, { fields: [reviews.authorId], references: [users.id] }),
}));

export type User = typeof users.$inferSelect;
export type Composer = typeof composers.$inferSelect;
export type Soundtrack = typeof soundtracks.$inferSelect;
export type Track = typeof tracks.$inferSelect;
export type Review = typeof reviews.$inferSelect;
