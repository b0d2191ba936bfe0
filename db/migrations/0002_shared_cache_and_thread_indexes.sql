CREATE TABLE `cache_tags` (
	`tag` text PRIMARY KEY NOT NULL,
	`expired_at` integer NOT NULL
);
--> statement-breakpoint
DROP INDEX `comments_review_created_idx`;--> statement-breakpoint
DROP INDEX `comments_review_likes_idx`;--> statement-breakpoint
CREATE INDEX `comments_review_thread_created_idx` ON `comments` (`review_id`,`parent_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `comments_review_thread_likes_idx` ON `comments` (`review_id`,`parent_id`,`like_count`);