CREATE TABLE `composers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`sort_name` text NOT NULL,
	`is_sample` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `composers_slug_unique` ON `composers` (`slug`);--> statement-breakpoint
CREATE INDEX `composers_sort_name_idx` ON `composers` (`sort_name`);--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`soundtrack_id` integer NOT NULL,
	`slug` text NOT NULL,
	`headline` text NOT NULL,
	`summary` text NOT NULL,
	`body` text NOT NULL,
	`critic_score` integer,
	`status` text DEFAULT 'draft' NOT NULL,
	`published_at` integer,
	`week_number` integer,
	`author_id` text,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`soundtrack_id`) REFERENCES `soundtracks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "reviews_critic_score_check" CHECK("reviews"."critic_score" IS NULL OR "reviews"."critic_score" BETWEEN 0 AND 100),
	CONSTRAINT "reviews_week_number_check" CHECK("reviews"."week_number" IS NULL OR "reviews"."week_number" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reviews_slug_unique` ON `reviews` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `reviews_week_number_unique` ON `reviews` (`week_number`);--> statement-breakpoint
CREATE UNIQUE INDEX `reviews_soundtrack_idx` ON `reviews` (`soundtrack_id`);--> statement-breakpoint
CREATE INDEX `reviews_status_published_at_idx` ON `reviews` (`status`,`published_at`);--> statement-breakpoint
CREATE INDEX `reviews_published_at_idx` ON `reviews` (`published_at`);--> statement-breakpoint
CREATE INDEX `reviews_author_idx` ON `reviews` (`author_id`);--> statement-breakpoint
CREATE TABLE `soundtrack_composers` (
	`soundtrack_id` integer NOT NULL,
	`composer_id` integer NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`soundtrack_id`, `composer_id`),
	FOREIGN KEY (`soundtrack_id`) REFERENCES `soundtracks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`composer_id`) REFERENCES `composers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `soundtrack_composers_composer_idx` ON `soundtrack_composers` (`composer_id`);--> statement-breakpoint
CREATE TABLE `soundtracks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`film_title` text NOT NULL,
	`film_year` integer,
	`label` text,
	`album_release_date` text,
	`cover_image_url` text,
	`cover_alt` text,
	`is_sample` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	CONSTRAINT "soundtracks_film_year_check" CHECK("soundtracks"."film_year" IS NULL OR "soundtracks"."film_year" BETWEEN 1880 AND 2200)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `soundtracks_slug_unique` ON `soundtracks` (`slug`);--> statement-breakpoint
CREATE INDEX `soundtracks_film_title_idx` ON `soundtracks` (`film_title`);--> statement-breakpoint
CREATE INDEX `soundtracks_film_year_idx` ON `soundtracks` (`film_year`);--> statement-breakpoint
CREATE TABLE `tracks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`soundtrack_id` integer NOT NULL,
	`disc` integer DEFAULT 1 NOT NULL,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	`duration_seconds` integer NOT NULL,
	FOREIGN KEY (`soundtrack_id`) REFERENCES `soundtracks`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "tracks_duration_check" CHECK("tracks"."duration_seconds" >= 0),
	CONSTRAINT "tracks_position_check" CHECK("tracks"."position" >= 1 AND "tracks"."disc" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tracks_soundtrack_disc_position_idx` ON `tracks` (`soundtrack_id`,`disc`,`position`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text,
	`email` text,
	`email_verified` integer,
	`image` text,
	`handle` text,
	`role` text DEFAULT 'reader' NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_handle_unique` ON `users` (`handle`);--> statement-breakpoint
CREATE INDEX `users_role_idx` ON `users` (`role`);