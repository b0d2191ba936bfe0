CREATE TABLE `comparison_soundtracks` (
	`comparison_key` text NOT NULL,
	`soundtrack_id` integer NOT NULL,
	PRIMARY KEY(`comparison_key`, `soundtrack_id`),
	FOREIGN KEY (`comparison_key`) REFERENCES `comparisons`(`key`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`soundtrack_id`) REFERENCES `soundtracks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `comparison_soundtracks_soundtrack_idx` ON `comparison_soundtracks` (`soundtrack_id`);--> statement-breakpoint
CREATE TABLE `comparisons` (
	`key` text PRIMARY KEY NOT NULL,
	`opened_count` integer DEFAULT 1 NOT NULL,
	`last_opened_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `comparisons_last_opened_idx` ON `comparisons` (`last_opened_at`);--> statement-breakpoint
CREATE INDEX `reviews_critic_score_idx` ON `reviews` (`critic_score`);--> statement-breakpoint
CREATE INDEX `score_stats_average_idx` ON `score_stats` (("score_sum" * 1.0 / "score_count"));--> statement-breakpoint
CREATE INDEX `score_stats_count_idx` ON `score_stats` (`score_count`);