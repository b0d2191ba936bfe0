CREATE TABLE `newsletter_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`issue_id` integer NOT NULL,
	`subscriber_id` text NOT NULL,
	`email` text NOT NULL,
	`state` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`claimed_by` text,
	`claimed_at` integer,
	`last_error` text,
	`sent_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`issue_id`) REFERENCES `newsletter_issues`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`subscriber_id`) REFERENCES `newsletter_subscribers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `newsletter_deliveries_issue_subscriber_idx` ON `newsletter_deliveries` (`issue_id`,`subscriber_id`);--> statement-breakpoint
CREATE INDEX `newsletter_deliveries_issue_state_idx` ON `newsletter_deliveries` (`issue_id`,`state`);--> statement-breakpoint
CREATE INDEX `newsletter_deliveries_subscriber_idx` ON `newsletter_deliveries` (`subscriber_id`);--> statement-breakpoint
CREATE INDEX `newsletter_deliveries_state_due_idx` ON `newsletter_deliveries` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `newsletter_deliveries_claimed_by_idx` ON `newsletter_deliveries` (`claimed_by`);--> statement-breakpoint
CREATE TABLE `newsletter_issues` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`review_id` integer NOT NULL,
	`state` text NOT NULL,
	`recipients_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `newsletter_issues_review_idx` ON `newsletter_issues` (`review_id`);--> statement-breakpoint
CREATE INDEX `newsletter_issues_state_idx` ON `newsletter_issues` (`state`);--> statement-breakpoint
CREATE INDEX `newsletter_issues_recipients_at_idx` ON `newsletter_issues` (`recipients_at`);--> statement-breakpoint
CREATE INDEX `newsletter_issues_created_at_idx` ON `newsletter_issues` (`created_at`);--> statement-breakpoint
CREATE TABLE `newsletter_sender_lease` (
	`name` text PRIMARY KEY NOT NULL,
	`holder` text NOT NULL,
	`expires_at` integer NOT NULL
);
