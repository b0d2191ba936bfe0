CREATE TABLE `csp_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`directive` text NOT NULL,
	`blocked_uri` text NOT NULL,
	`page` text NOT NULL,
	`source` text,
	`sample` text,
	`count` integer DEFAULT 1 NOT NULL,
	`first_seen_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `csp_reports_violation_idx` ON `csp_reports` (`directive`,`blocked_uri`,`page`);--> statement-breakpoint
CREATE INDEX `csp_reports_last_seen_idx` ON `csp_reports` (`last_seen_at`);