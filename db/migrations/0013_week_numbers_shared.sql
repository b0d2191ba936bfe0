DROP INDEX `reviews_week_number_unique`;--> statement-breakpoint
CREATE INDEX `reviews_week_number_idx` ON `reviews` (`week_number`);