import { relations, sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  blob,
  check,
  foreignKey,
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
    /** scrypt hash (see lib/auth/password.ts); null for accounts that only sign in with OAuth. */
    passwordHash: text("password_hash"),
    bannedAt: integer("banned_at", { mode: "timestamp" }),
    /** Why an admin banned the reader; shown to them when they try to take part. */
    banReason: text("ban_reason"),
    /** The reader's choice to see the readers' average only once they have scored. */
    hideCrowdUntilScored: integer("hide_crowd_until_scored", { mode: "boolean" })
      .notNull()
      .default(false),
    /** The reader asked for a daily email of their unread notifications. */
    emailDigest: integer("email_digest", { mode: "boolean" }).notNull().default(false),
    /** When their last digest was sent: the next one holds only what came after. */
    digestSentAt: integer("digest_sent_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    /**
     * Signed up with a password and not yet through the link mailed then: until then the
     * password opens nothing, or it would tell whoever chose it that the address had no account.
     */
    signUpPending: integer("sign_up_pending", { mode: "boolean" }).notNull().default(false),
    /**
     * The reader keeps their scores to themselves: they still count in the averages and histograms,
     * but their profile hides them, and nobody is compared with them or has them suggested.
     * Not indexed: it is only ever read on a reader already found by id, and an index here
     * tempted SQLite to walk every reader who shows their scores (a two-valued column).
     */
    scoresPrivate: integer("scores_private", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    index("users_role_idx").on(t.role),
    index("users_email_digest_idx").on(t.emailDigest),
    index("users_banned_at_idx").on(t.bannedAt),
    index("users_created_idx").on(t.createdAt),
  ],
);

export const accounts = sqliteTable(
  "accounts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").$type<"oauth" | "oidc" | "email" | "webauthn">().notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [
    primaryKey({ columns: [t.provider, t.providerAccountId] }),
    index("accounts_user_idx").on(t.userId),
  ],
);

export const sessions = sqliteTable(
  "sessions",
  {
    sessionToken: text("session_token").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expires: integer("expires", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const verificationTokens = sqliteTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: integer("expires", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/**
 * Counters for throttling sign-in and sign-up (lib/auth/sign-in-policy.ts), one row per key: the
 * kind of attempt and the caller's address, with the lower-cased email for a sign-in's own lock.
 */
export const authThrottles = sqliteTable("auth_throttles", {
  key: text("key").primaryKey(),
  hits: integer("hits").notNull().default(0),
  windowStartedAt: integer("window_started_at", { mode: "timestamp" }).notNull(),
  lockedUntil: integer("locked_until", { mode: "timestamp" }),
});

export const authTokenPurposes = ["reset-password", "verify-email"] as const;

/** The single-use links sent by mail; only the SHA-256 of each token is kept. */
export const authTokens = sqliteTable(
  "auth_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: authTokenPurposes }).notNull(),
    // Milliseconds, on the site's clock (db/clock.mjs), which the browser tests can move.
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    /**
     * The address the link was mailed to: it works only while the account still has it. ("" for
     * links mailed before this column, which therefore stopped working.)
     */
    email: text("email").notNull().default(""),
  },
  (t) => [
    index("auth_tokens_user_purpose_created_idx").on(t.userId, t.purpose, t.createdAt),
    index("auth_tokens_expires_idx").on(t.expiresAt),
  ],
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
    /** How many readers picked this track among their favourites; updated with every pick. */
    favouriteCount: integer("favourite_count").notNull().default(0),
  },
  (t) => [
    uniqueIndex("tracks_soundtrack_disc_position_idx").on(t.soundtrackId, t.disc, t.position),
    check("tracks_duration_check", sql`${t.durationSeconds} >= 0`),
    check("tracks_position_check", sql`${t.position} >= 1 AND ${t.disc} >= 1`),
  ],
);

/** What a review's newsletter carries (lib/newsletter-mail.ts), chosen in the editor. */
export const newsletterModes = ["excerpt", "full", "off"] as const;

export const reviewStatuses = ["draft", "scheduled", "published"] as const;

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
    /** The series' week (lib/series-weeks.ts); every review of a week shares it. */
    weekNumber: integer("week_number"),
    /** What its newsletter mails when it goes live: its opening, all of it, or nothing. */
    newsletterMode: text("newsletter_mode", { enum: newsletterModes }).notNull().default("excerpt"),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("reviews_soundtrack_idx").on(t.soundtrackId),
    index("reviews_status_published_at_idx").on(t.status, t.publishedAt),
    index("reviews_published_at_idx").on(t.publishedAt),
    index("reviews_author_idx").on(t.authorId),
    index("reviews_critic_score_idx").on(t.criticScore),
    index("reviews_week_number_idx").on(t.weekNumber),
    check(
      "reviews_critic_score_check",
      sql`${t.criticScore} IS NULL OR ${t.criticScore} BETWEEN 0 AND 100`,
    ),
    check("reviews_week_number_check", sql`${t.weekNumber} IS NULL OR ${t.weekNumber} >= 1`),
  ],
);

export const comments = sqliteTable(
  "comments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reviewId: integer("review_id")
      .notNull()
      .references(() => reviews.id, { onDelete: "cascade" }),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Replies are one level deep: a reply's parent is always a top-level comment. */
    parentId: integer("parent_id").references((): AnySQLiteColumn => comments.id, {
      onDelete: "cascade",
    }),
    body: text("body").notNull(),
    isSpoiler: integer("is_spoiler", { mode: "boolean" }).notNull().default(false),
    likeCount: integer("like_count").notNull().default(0),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    editedAt: integer("edited_at", { mode: "timestamp_ms" }),
    deletedAt: integer("deleted_at", { mode: "timestamp_ms" }),
    /** Set when a moderator hides the comment: it shows as a placeholder until unhidden. */
    hiddenAt: integer("hidden_at", { mode: "timestamp_ms" }),
    /** Made by the form for each draft: a post sent again (a retry) finds its comment, not a new one. */
    idempotencyKey: text("idempotency_key"),
  },
  (t) => [
    // A discussion page is a review's top-level comments (parent_id IS NULL) in one order.
    index("comments_review_thread_created_idx").on(t.reviewId, t.parentId, t.createdAt),
    index("comments_review_thread_likes_idx").on(t.reviewId, t.parentId, t.likeCount),
    index("comments_author_created_idx").on(t.authorId, t.createdAt),
    index("comments_parent_idx").on(t.parentId),
    // Counting a review's visible comments reads this index alone.
    index("comments_review_deleted_idx").on(t.reviewId, t.deletedAt),
    index("comments_hidden_at_idx").on(t.hiddenAt),
    // The moderation queue's recent comments and the dashboard's count of this week's.
    index("comments_created_idx").on(t.createdAt),
    uniqueIndex("comments_author_idempotency_key_idx").on(t.authorId, t.idempotencyKey),
  ],
);

export const commentLikes = sqliteTable(
  "comment_likes",
  {
    commentId: integer("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.commentId, t.userId] }),
    index("comment_likes_user_idx").on(t.userId),
  ],
);

export const commentReports = sqliteTable(
  "comment_reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    commentId: integer("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    reporterId: text("reporter_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: text("reason").notNull(),
    createdAt: createdAt(),
    resolvedAt: integer("resolved_at", { mode: "timestamp" }),
  },
  (t) => [
    uniqueIndex("comment_reports_comment_reporter_idx").on(t.commentId, t.reporterId),
    index("comment_reports_reporter_idx").on(t.reporterId),
    index("comment_reports_resolved_at_idx").on(t.resolvedAt),
  ],
);

/** One row per reader per soundtrack; score in tenths, in half steps (0, 5, 10 … 100). */
export const readerScores = sqliteTable(
  "reader_scores",
  {
    soundtrackId: integer("soundtrack_id")
      .notNull()
      .references(() => soundtracks.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    score: integer("score").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.soundtrackId, t.userId] }),
    // A reader's scores, latest first (their profile, the activity of the readers followed).
    index("reader_scores_user_updated_idx").on(t.userId, t.updatedAt),
    index("reader_scores_updated_idx").on(t.updatedAt),
    check("reader_scores_score_check", sql`${t.score} BETWEEN 0 AND 100 AND ${t.score} % 5 = 0`),
  ],
);

/** Kept in the same batch as every score write, so pages read them instead of every score row. */
export const scoreStats = sqliteTable(
  "score_stats",
  {
    soundtrackId: integer("soundtrack_id")
      .primaryKey()
      .references(() => soundtracks.id, { onDelete: "cascade" }),
    scoreCount: integer("score_count").notNull().default(0),
    scoreSum: integer("score_sum").notNull().default(0),
    /** JSON array of 21 counts, one per half step from 0.0 to 10.0. */
    histogram: text("histogram", { mode: "json" }).$type<number[]>().notNull(),
  },
  (t) => [
    // The archive and the top-rated page sort by the readers' average: a query must order by
    // exactly this expression (readersAverage) to walk the index instead of every row.
    index("score_stats_average_idx").on(sql`(${t.scoreSum} * 1.0 / ${t.scoreCount})`),
    index("score_stats_count_idx").on(t.scoreCount),
  ],
);

export const favouriteTracks = sqliteTable(
  "favourite_tracks",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    trackId: integer("track_id")
      .notNull()
      .references(() => tracks.id, { onDelete: "cascade" }),
    soundtrackId: integer("soundtrack_id")
      .notNull()
      .references(() => soundtracks.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.trackId] }),
    index("favourite_tracks_track_idx").on(t.trackId),
    index("favourite_tracks_soundtrack_user_idx").on(t.soundtrackId, t.userId),
  ],
);

/**
 * When each cache tag was last invalidated, in milliseconds. Every instance of the app checks its
 * cached pages against this table, so a write through one instance shows on all of them.
 */
export const cacheTags = sqliteTable("cache_tags", {
  tag: text("tag").primaryKey(),
  expiredAt: integer("expired_at").notNull(),
});

/** A streaming or store page for the album, or for one of its tracks when track_id is set. */
export const listeningLinks = sqliteTable(
  "listening_links",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    soundtrackId: integer("soundtrack_id")
      .notNull()
      .references(() => soundtracks.id, { onDelete: "cascade" }),
    trackId: integer("track_id").references(() => tracks.id, { onDelete: "cascade" }),
    /** What the link says: "Spotify", "Bandcamp", "Apple Music". */
    label: text("label").notNull(),
    url: text("url").notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    index("listening_links_soundtrack_idx").on(t.soundtrackId, t.position),
    index("listening_links_track_idx").on(t.trackId),
  ],
);

/** A soundtrack's cover, kept in the database so that it travels with it (backups, sqld). */
export const coverImages = sqliteTable("cover_images", {
  soundtrackId: integer("soundtrack_id")
    .primaryKey()
    .references(() => soundtracks.id, { onDelete: "cascade" }),
  /** Found from the file's first bytes: image/jpeg, image/png, image/webp or image/gif. */
  contentType: text("content_type").notNull(),
  bytes: blob("bytes", { mode: "buffer" }).notNull(),
  width: integer("width").notNull(),
  height: integer("height").notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

/** An image inside a review's body, uploaded in the editor and checked as covers are. */
export const reviewImages = sqliteTable(
  "review_images",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reviewId: integer("review_id")
      .notNull()
      .references(() => reviews.id, { onDelete: "cascade" }),
    /** Found from the file's first bytes: image/jpeg, image/png, image/webp or image/gif. */
    contentType: text("content_type").notNull(),
    bytes: blob("bytes", { mode: "buffer" }).notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("review_images_review_idx").on(t.reviewId)],
);

/** Every saved version of a review and its soundtrack, as the editor's form had it (JSON). */
export const reviewRevisions = sqliteTable(
  "review_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reviewId: integer("review_id")
      .notNull()
      .references(() => reviews.id, { onDelete: "cascade" }),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    /** "autosave" while typing, "save" when the editor pressed Save, "restore" for a restore. */
    kind: text("kind", { enum: ["autosave", "save", "restore"] }).notNull(),
    snapshot: text("snapshot", { mode: "json" }).notNull(),
    /** When the version was first kept: autosaves within a minute of it bring it up to date. */
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    /** When an autosave last brought it up to date; null when it is as first kept. */
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("review_revisions_review_created_idx").on(t.reviewId, t.createdAt),
    index("review_revisions_author_idx").on(t.authorId),
  ],
);

/** A slug a review had before: its old address redirects permanently to the current one. */
export const reviewSlugRedirects = sqliteTable(
  "review_slug_redirects",
  {
    slug: text("slug").primaryKey(),
    reviewId: integer("review_id")
      .notNull()
      .references(() => reviews.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [index("review_slug_redirects_review_idx").on(t.reviewId)],
);

/** A secret link that shows a review as it will appear, to anyone holding it, until it expires. */
export const previewLinks = sqliteTable(
  "preview_links",
  {
    /** Random, unguessable; the link is /preview/<token>. */
    token: text("token").primaryKey(),
    reviewId: integer("review_id")
      .notNull()
      .references(() => reviews.id, { onDelete: "cascade" }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("preview_links_review_idx").on(t.reviewId),
    index("preview_links_created_by_idx").on(t.createdBy),
    index("preview_links_expires_idx").on(t.expiresAt),
  ],
);

/** The site's settings: one row (id 1); absent until an admin first saves them. */
export const siteSettings = sqliteTable(
  "site_settings",
  {
    id: integer("id").primaryKey(),
    /** The weekly slot: 0 Sunday … 6 Saturday, a local time "HH:MM", and an IANA time zone. */
    slotWeekday: integer("slot_weekday").notNull(),
    slotTime: text("slot_time").notNull(),
    slotTimeZone: text("slot_time_zone").notNull(),
    /** Readers must confirm their email address before they comment; off on the demo site. */
    requireVerifiedEmail: integer("require_verified_email", { mode: "boolean" })
      .notNull()
      .default(false),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("site_settings_single_row", sql`${t.id} = 1`),
    check("site_settings_weekday_check", sql`${t.slotWeekday} BETWEEN 0 AND 6`),
  ],
);

/** Every admin action: who did what to which record, and when. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id").notNull(),
    /** What a person reading the log needs: the review's headline, the comment's first words. */
    summary: text("summary").notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("audit_log_created_idx").on(t.createdAt),
    index("audit_log_actor_created_idx").on(t.actorId, t.createdAt),
    index("audit_log_action_created_idx").on(t.action, t.createdAt),
    index("audit_log_target_idx").on(t.targetType, t.targetId),
  ],
);

/**
 * A comparison people opened, named by its soundtracks' ids in ascending order joined by "," (so
 * the order they were picked in does not matter), for the archive of recent comparisons.
 */
export const comparisons = sqliteTable(
  "comparisons",
  {
    key: text("key").primaryKey(),
    openedCount: integer("opened_count").notNull().default(1),
    lastOpenedAt: integer("last_opened_at", { mode: "timestamp" }).notNull(),
  },
  (t) => [index("comparisons_last_opened_idx").on(t.lastOpenedAt)],
);

/** The soundtracks of a comparison: deleting one of them takes the comparison off the archive. */
export const comparisonSoundtracks = sqliteTable(
  "comparison_soundtracks",
  {
    comparisonKey: text("comparison_key")
      .notNull()
      .references(() => comparisons.key, { onDelete: "cascade" }),
    soundtrackId: integer("soundtrack_id")
      .notNull()
      .references(() => soundtracks.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.comparisonKey, t.soundtrackId] }),
    index("comparison_soundtracks_soundtrack_idx").on(t.soundtrackId),
  ],
);

export const notificationKinds = ["reply", "like", "follow"] as const;

/**
 * A reply to a reader's comment, or a like on it, or another reader following them, for that
 * reader's notifications. A follow is about no comment: its comment and review are null.
 */
export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    recipientId: text("recipient_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: notificationKinds }).notNull(),
    actorId: text("actor_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The reply, or the comment that was liked; null for a follow. */
    commentId: integer("comment_id").references(() => comments.id, { onDelete: "cascade" }),
    reviewId: integer("review_id").references(() => reviews.id, { onDelete: "cascade" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    readAt: integer("read_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    // The header's unread count and the digest: a reader's unread ones, newest first.
    index("notifications_recipient_unread_idx").on(t.recipientId, t.readAt, t.createdAt),
    index("notifications_recipient_created_idx").on(t.recipientId, t.createdAt),
    // One like notification per liker and comment; a reply is a comment of its own.
    uniqueIndex("notifications_comment_actor_kind_idx").on(t.commentId, t.actorId, t.kind),
    // One follow notification per follower and reader followed (a null comment_id is never equal).
    uniqueIndex("notifications_follow_idx")
      .on(t.recipientId, t.actorId)
      .where(sql`kind = 'follow'`),
    index("notifications_actor_idx").on(t.actorId),
    index("notifications_review_idx").on(t.reviewId),
    check(
      "notifications_subject_check",
      // Unqualified: the table is rebuilt under another name and renamed.
      sql`(kind = 'follow') = (comment_id IS NULL AND review_id IS NULL)`,
    ),
  ],
);

/** A reader following another: the follower sees their scores and comments on their Following page. */
export const follows = sqliteTable(
  "follows",
  {
    followerId: text("follower_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    followedId: text("followed_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.followerId, t.followedId] }),
    index("follows_followed_created_idx").on(t.followedId, t.createdAt),
    index("follows_follower_created_idx").on(t.followerId, t.createdAt),
    check("follows_not_self_check", sql`${t.followerId} <> ${t.followedId}`),
  ],
);

/**
 * One thing a followed reader did (a score, or a comment), once for each reader following them:
 * the Following page reads one index range of its own reader's rows. Kept by triggers
 * (db/migrations/0022_follower_activity.sql) on every score, comment, follow and unfollow; a
 * deleted score or comment goes by cascade. Who is banned, private or hidden is decided as it is read.
 */
export const followerActivity = sqliteTable(
  "follower_activity",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    followerId: text("follower_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    actorId: text("actor_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** When it was done, in ms: a score's last change, a comment's posting. */
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
    /** A score: the soundtrack the actor scored. */
    scoreSoundtrackId: integer("score_soundtrack_id"),
    commentId: integer("comment_id").references(() => comments.id, { onDelete: "cascade" }),
  },
  (t) => [
    index("follower_activity_follower_at_idx").on(t.followerId, t.at, t.id),
    uniqueIndex("follower_activity_score_idx").on(t.actorId, t.scoreSoundtrackId, t.followerId),
    uniqueIndex("follower_activity_comment_idx").on(t.commentId, t.followerId),
    foreignKey({
      columns: [t.scoreSoundtrackId, t.actorId],
      foreignColumns: [readerScores.soundtrackId, readerScores.userId],
    }).onDelete("cascade"),
    // Unqualified: the table is rebuilt under another name and renamed.
    check(
      "follower_activity_one_thing_check",
      sql`(score_soundtrack_id IS NULL) <> (comment_id IS NULL)`,
    ),
  ],
);

/** A reader's list of soundtracks ("Zimmer, best to worst"), ranked or not, public or private. */
export const readerLists = sqliteTable(
  "reader_lists",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    note: text("note"),
    /** Ranked lists show their entries' positions as ranks; unranked ones only keep their order. */
    ranked: integer("ranked", { mode: "boolean" }).notNull().default(false),
    isPublic: integer("is_public", { mode: "boolean" }).notNull().default(true),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("reader_lists_user_updated_idx").on(t.userId, t.updatedAt),
    index("reader_lists_public_idx").on(t.isPublic),
  ],
);

/** One soundtrack in a list, at its place (1, 2 …), with the reader's note on it. */
export const readerListEntries = sqliteTable(
  "reader_list_entries",
  {
    listId: integer("list_id")
      .notNull()
      .references(() => readerLists.id, { onDelete: "cascade" }),
    soundtrackId: integer("soundtrack_id")
      .notNull()
      .references(() => soundtracks.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    note: text("note"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.listId, t.soundtrackId] }),
    index("reader_list_entries_list_position_idx").on(t.listId, t.position),
    index("reader_list_entries_soundtrack_idx").on(t.soundtrackId),
    check("reader_list_entries_position_check", sql`${t.position} >= 1`),
  ],
);

/**
 * The Content-Security-Policy violations browsers reported (/api/csp-reports), one row per
 * directive, blocked address and page, counted: a flood of one violation is one row, and only the
 * most recently seen rows are kept (db/queries/csp-reports.ts).
 */
export const cspReports = sqliteTable(
  "csp_reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    directive: text("directive").notNull(),
    blockedUri: text("blocked_uri").notNull(),
    page: text("page").notNull(),
    /** Where in the page's scripts it happened ("…/chunk.js:1:2"), when the browser says. */
    source: text("source"),
    /** The first characters of the inline script or style, when the policy asks for them. */
    sample: text("sample"),
    count: integer("count").notNull().default(1),
    firstSeenAt: integer("first_seen_at", { mode: "timestamp_ms" }).notNull(),
    lastSeenAt: integer("last_seen_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    uniqueIndex("csp_reports_violation_idx").on(t.directive, t.blockedUri, t.page),
    index("csp_reports_last_seen_idx").on(t.lastSeenAt),
  ],
);

export const newsletterStates = ["pending", "subscribed", "unsubscribed", "bounced"] as const;

/**
 * Who gets the weekly newsletter: a reader (user_id) or a visitor by address alone. One row per
 * address (lower-cased, as accounts keep theirs); a visitor's row stays pending until the mailed
 * link confirms it. Times in milliseconds on the site's clock (db/clock.mjs), set by the queries.
 */
export const newsletterSubscribers = sqliteTable(
  "newsletter_subscribers",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    email: text("email").notNull().unique(),
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    state: text("state", { enum: newsletterStates }).notNull(),
    /** When the confirmation link last mailed was made: only that link confirms. */
    confirmRequestedAt: integer("confirm_requested_at", { mode: "timestamp_ms" }),
    confirmedAt: integer("confirmed_at", { mode: "timestamp_ms" }),
    unsubscribedAt: integer("unsubscribed_at", { mode: "timestamp_ms" }),
    bouncedAt: integer("bounced_at", { mode: "timestamp_ms" }),
    bounceReason: text("bounce_reason"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    uniqueIndex("newsletter_subscribers_user_idx").on(t.userId),
    index("newsletter_subscribers_state_idx").on(t.state, t.bouncedAt),
  ],
);

export const newsletterIssueStates = ["queued", "sending", "paused", "cancelled", "done"] as const;

/**
 * A review's newsletter: one per review, queued once when it goes live (db/queries/newsletter-
 * queue.ts), with its recipients taken in the same batch. Its counts are its deliveries'.
 */
export const newsletterIssues = sqliteTable(
  "newsletter_issues",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reviewId: integer("review_id")
      .notNull()
      .references(() => reviews.id, { onDelete: "cascade" }),
    state: text("state", { enum: newsletterIssueStates }).notNull(),
    /** When its deliveries were made: null only inside the batch that queues it. */
    recipientsAt: integer("recipients_at", { mode: "timestamp_ms" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    uniqueIndex("newsletter_issues_review_idx").on(t.reviewId),
    index("newsletter_issues_state_idx").on(t.state),
    index("newsletter_issues_recipients_at_idx").on(t.recipientsAt),
    index("newsletter_issues_created_at_idx").on(t.createdAt),
  ],
);

/**
 * A delivery's life: queued → sending (claimed by the lease holder, handed to SMTP) → sent; a
 * temporary failure back to queued until it is retried, then failed; a permanent one bounced;
 * skipped when its subscriber left before its turn; unknown when its sender died between handing
 * it over and hearing the answer (never sent again: jobs/newsletter-sender.ts).
 */
export const newsletterDeliveryStates = [
  "queued",
  "sending",
  "sent",
  "failed",
  "bounced",
  "skipped",
  "unknown",
] as const;

/** One recipient of one issue: nobody is queued twice for the same issue. */
export const newsletterDeliveries = sqliteTable(
  "newsletter_deliveries",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    issueId: integer("issue_id")
      .notNull()
      .references(() => newsletterIssues.id, { onDelete: "cascade" }),
    subscriberId: text("subscriber_id")
      .notNull()
      .references(() => newsletterSubscribers.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    state: text("state", { enum: newsletterDeliveryStates }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    /** The sender (its lease's holder) that handed it to SMTP, and when. */
    claimedBy: text("claimed_by"),
    claimedAt: integer("claimed_at", { mode: "timestamp_ms" }),
    lastError: text("last_error"),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    uniqueIndex("newsletter_deliveries_issue_subscriber_idx").on(t.issueId, t.subscriberId),
    index("newsletter_deliveries_issue_state_idx").on(t.issueId, t.state),
    index("newsletter_deliveries_subscriber_idx").on(t.subscriberId),
    index("newsletter_deliveries_state_due_idx").on(t.state, t.nextAttemptAt),
    index("newsletter_deliveries_claimed_by_idx").on(t.claimedBy),
  ],
);

/** Who sends: one row, held by one instance's sender until it expires (jobs/newsletter-sender.ts). */
export const newsletterSenderLease = sqliteTable("newsletter_sender_lease", {
  name: text("name").primaryKey(),
  holder: text("holder").notNull(),
  expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
});

export const usersRelations = relations(users, ({ many }) => ({
  reviews: many(reviews),
  comments: many(comments),
  scores: many(readerScores),
}));

export const commentsRelations = relations(comments, ({ one, many }) => ({
  review: one(reviews, { fields: [comments.reviewId], references: [reviews.id] }),
  author: one(users, { fields: [comments.authorId], references: [users.id] }),
  parent: one(comments, {
    fields: [comments.parentId],
    references: [comments.id],
    relationName: "replies",
  }),
  replies: many(comments, { relationName: "replies" }),
  likes: many(commentLikes),
}));

export const commentLikesRelations = relations(commentLikes, ({ one }) => ({
  comment: one(comments, { fields: [commentLikes.commentId], references: [comments.id] }),
  user: one(users, { fields: [commentLikes.userId], references: [users.id] }),
}));

export const readerScoresRelations = relations(readerScores, ({ one }) => ({
  soundtrack: one(soundtracks, {
    fields: [readerScores.soundtrackId],
    references: [soundtracks.id],
  }),
  user: one(users, { fields: [readerScores.userId], references: [users.id] }),
}));

export const composersRelations = relations(composers, ({ many }) => ({
  soundtracks: many(soundtrackComposers),
}));

export const soundtracksRelations = relations(soundtracks, ({ many, one }) => ({
  composers: many(soundtrackComposers),
  tracks: many(tracks),
  review: one(reviews),
  scoreStats: one(scoreStats),
}));

export const scoreStatsRelations = relations(scoreStats, ({ one }) => ({
  soundtrack: one(soundtracks, { fields: [scoreStats.soundtrackId], references: [soundtracks.id] }),
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

export const reviewsRelations = relations(reviews, ({ one, many }) => ({
  comments: many(comments),
  soundtrack: one(soundtracks, { fields: [reviews.soundtrackId], references: [soundtracks.id] }),
  author: one(users, { fields: [reviews.authorId], references: [users.id] }),
}));

export type UserRole = (typeof userRoles)[number];
export type NewsletterSubscriber = typeof newsletterSubscribers.$inferSelect;
export type NewsletterState = (typeof newsletterStates)[number];
export type NewsletterIssue = typeof newsletterIssues.$inferSelect;
export type NewsletterIssueState = (typeof newsletterIssueStates)[number];
export type NewsletterDelivery = typeof newsletterDeliveries.$inferSelect;
export type NewsletterDeliveryState = (typeof newsletterDeliveryStates)[number];
export type AuthTokenPurpose = (typeof authTokenPurposes)[number];
export type ReviewStatus = (typeof reviewStatuses)[number];
export type NewsletterMode = (typeof newsletterModes)[number];
export type NotificationKind = (typeof notificationKinds)[number];

export type User = typeof users.$inferSelect;
export type AuthThrottle = typeof authThrottles.$inferSelect;
export type AuthToken = typeof authTokens.$inferSelect;
export type Composer = typeof composers.$inferSelect;
export type Soundtrack = typeof soundtracks.$inferSelect;
export type Track = typeof tracks.$inferSelect;
export type Review = typeof reviews.$inferSelect;
export type ReviewImage = typeof reviewImages.$inferSelect;
export type Comment = typeof comments.$inferSelect;
export type ReaderScore = typeof readerScores.$inferSelect;
export type ScoreStats = typeof scoreStats.$inferSelect;
export type SiteSettings = typeof siteSettings.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type ListeningLink = typeof listeningLinks.$inferSelect;
export type CoverImage = typeof coverImages.$inferSelect;
export type ReviewRevision = typeof reviewRevisions.$inferSelect;
export type PreviewLink = typeof previewLinks.$inferSelect;
export type Comparison = typeof comparisons.$inferSelect;
export type Notification = typeof notifications.$inferSelect;
export type CspReport = typeof cspReports.$inferSelect;
export type Follow = typeof follows.$inferSelect;
export type FollowerActivity = typeof followerActivity.$inferSelect;
export type ReaderList = typeof readerLists.$inferSelect;
export type ReaderListEntry = typeof readerListEntries.$inferSelect;
