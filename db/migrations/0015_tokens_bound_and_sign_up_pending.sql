ALTER TABLE `auth_tokens` ADD `email` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `sign_up_pending` integer DEFAULT false NOT NULL;