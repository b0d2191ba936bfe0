CREATE INDEX `comments_created_idx` ON `comments` (`created_at`);--> statement-breakpoint
CREATE INDEX `reader_scores_updated_idx` ON `reader_scores` (`updated_at`);--> statement-breakpoint
CREATE INDEX `users_created_idx` ON `users` (`created_at`);