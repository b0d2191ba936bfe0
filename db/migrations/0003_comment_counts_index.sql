DROP INDEX `comments_deleted_at_idx`;--> statement-breakpoint
CREATE INDEX `comments_review_deleted_idx` ON `comments` (`review_id`,`deleted_at`);