CREATE TABLE `follows` (
	`follower_id` text NOT NULL,
	`followed_id` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`follower_id`, `followed_id`),
	FOREIGN KEY (`follower_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`followed_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "follows_not_self_check" CHECK("follows"."follower_id" <> "follows"."followed_id")
);
--> statement-breakpoint
CREATE INDEX `follows_followed_created_idx` ON `follows` (`followed_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `follows_follower_created_idx` ON `follows` (`follower_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `reader_list_entries` (
	`list_id` integer NOT NULL,
	`soundtrack_id` integer NOT NULL,
	`position` integer NOT NULL,
	`note` text,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`list_id`, `soundtrack_id`),
	FOREIGN KEY (`list_id`) REFERENCES `reader_lists`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`soundtrack_id`) REFERENCES `soundtracks`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "reader_list_entries_position_check" CHECK("reader_list_entries"."position" >= 1)
);
--> statement-breakpoint
CREATE INDEX `reader_list_entries_list_position_idx` ON `reader_list_entries` (`list_id`,`position`);--> statement-breakpoint
CREATE INDEX `reader_list_entries_soundtrack_idx` ON `reader_list_entries` (`soundtrack_id`);--> statement-breakpoint
CREATE TABLE `reader_lists` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`title` text NOT NULL,
	`note` text,
	`ranked` integer DEFAULT false NOT NULL,
	`is_public` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `reader_lists_user_updated_idx` ON `reader_lists` (`user_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `reader_lists_public_idx` ON `reader_lists` (`is_public`);--> statement-breakpoint
DROP INDEX `reader_scores_user_idx`;--> statement-breakpoint
CREATE INDEX `reader_scores_user_updated_idx` ON `reader_scores` (`user_id`,`updated_at`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`recipient_id` text NOT NULL,
	`kind` text NOT NULL,
	`actor_id` text NOT NULL,
	`comment_id` integer,
	`review_id` integer,
	`created_at` integer NOT NULL,
	`read_at` integer,
	FOREIGN KEY (`recipient_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`comment_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "notifications_subject_check" CHECK((kind = 'follow') = (comment_id IS NULL AND review_id IS NULL))
);
--> statement-breakpoint
INSERT INTO `__new_notifications`("id", "recipient_id", "kind", "actor_id", "comment_id", "review_id", "created_at", "read_at") SELECT "id", "recipient_id", "kind", "actor_id", "comment_id", "review_id", "created_at", "read_at" FROM `notifications`;--> statement-breakpoint
DROP TABLE `notifications`;--> statement-breakpoint
ALTER TABLE `__new_notifications` RENAME TO `notifications`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `notifications_recipient_unread_idx` ON `notifications` (`recipient_id`,`read_at`,`created_at`);--> statement-breakpoint
CREATE INDEX `notifications_recipient_created_idx` ON `notifications` (`recipient_id`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_comment_actor_kind_idx` ON `notifications` (`comment_id`,`actor_id`,`kind`);--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_follow_idx` ON `notifications` (`recipient_id`,`actor_id`) WHERE kind = 'follow';--> statement-breakpoint
CREATE INDEX `notifications_actor_idx` ON `notifications` (`actor_id`);--> statement-breakpoint
CREATE INDEX `notifications_review_idx` ON `notifications` (`review_id`);--> statement-breakpoint
ALTER TABLE `users` ADD `scores_private` integer DEFAULT false NOT NULL;