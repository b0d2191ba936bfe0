CREATE TABLE `cover_images` (
	`soundtrack_id` integer PRIMARY KEY NOT NULL,
	`content_type` text NOT NULL,
	`bytes` blob NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`soundtrack_id`) REFERENCES `soundtracks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `listening_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`soundtrack_id` integer NOT NULL,
	`track_id` integer,
	`label` text NOT NULL,
	`url` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`soundtrack_id`) REFERENCES `soundtracks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`track_id`) REFERENCES `tracks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `listening_links_soundtrack_idx` ON `listening_links` (`soundtrack_id`,`position`);--> statement-breakpoint
CREATE INDEX `listening_links_track_idx` ON `listening_links` (`track_id`);--> statement-breakpoint
CREATE TABLE `preview_links` (
	`token` text PRIMARY KEY NOT NULL,
	`review_id` integer NOT NULL,
	`created_by` text,
	`expires_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `preview_links_review_idx` ON `preview_links` (`review_id`);--> statement-breakpoint
CREATE INDEX `preview_links_created_by_idx` ON `preview_links` (`created_by`);--> statement-breakpoint
CREATE INDEX `preview_links_expires_idx` ON `preview_links` (`expires_at`);--> statement-breakpoint
CREATE TABLE `review_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`review_id` integer NOT NULL,
	`author_id` text,
	`kind` text NOT NULL,
	`snapshot` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `review_revisions_review_created_idx` ON `review_revisions` (`review_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `review_revisions_author_idx` ON `review_revisions` (`author_id`);--> statement-breakpoint
CREATE TABLE `review_slug_redirects` (
	`slug` text PRIMARY KEY NOT NULL,
	`review_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `review_slug_redirects_review_idx` ON `review_slug_redirects` (`review_id`);