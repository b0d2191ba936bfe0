CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`recipient_id` text NOT NULL,
	`kind` text NOT NULL,
	`actor_id` text NOT NULL,
	`comment_id` integer NOT NULL,
	`review_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`read_at` integer,
	FOREIGN KEY (`recipient_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`comment_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `notifications_recipient_unread_idx` ON `notifications` (`recipient_id`,`read_at`,`created_at`);--> statement-breakpoint
CREATE INDEX `notifications_recipient_created_idx` ON `notifications` (`recipient_id`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_comment_actor_kind_idx` ON `notifications` (`comment_id`,`actor_id`,`kind`);--> statement-breakpoint
CREATE INDEX `notifications_actor_idx` ON `notifications` (`actor_id`);--> statement-breakpoint
CREATE INDEX `notifications_review_idx` ON `notifications` (`review_id`);--> statement-breakpoint
ALTER TABLE `comments` ADD `idempotency_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `comments_author_idempotency_key_idx` ON `comments` (`author_id`,`idempotency_key`);--> statement-breakpoint
ALTER TABLE `users` ADD `email_digest` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `digest_sent_at` integer;--> statement-breakpoint
CREATE INDEX `users_email_digest_idx` ON `users` (`email_digest`);