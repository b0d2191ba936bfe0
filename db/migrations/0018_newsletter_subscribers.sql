CREATE TABLE `newsletter_subscribers` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`user_id` text,
	`state` text NOT NULL,
	`confirm_requested_at` integer,
	`confirmed_at` integer,
	`unsubscribed_at` integer,
	`bounced_at` integer,
	`bounce_reason` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `newsletter_subscribers_email_unique` ON `newsletter_subscribers` (`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `newsletter_subscribers_user_idx` ON `newsletter_subscribers` (`user_id`);--> statement-breakpoint
CREATE INDEX `newsletter_subscribers_state_idx` ON `newsletter_subscribers` (`state`,`bounced_at`);