CREATE TABLE `follower_activity` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`follower_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`at` integer NOT NULL,
	`score_soundtrack_id` integer,
	`comment_id` integer,
	FOREIGN KEY (`follower_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`comment_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`score_soundtrack_id`,`actor_id`) REFERENCES `reader_scores`(`soundtrack_id`,`user_id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "follower_activity_one_thing_check" CHECK((score_soundtrack_id IS NULL) <> (comment_id IS NULL))
);
--> statement-breakpoint
CREATE INDEX `follower_activity_follower_at_idx` ON `follower_activity` (`follower_id`,`at`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `follower_activity_score_idx` ON `follower_activity` (`actor_id`,`score_soundtrack_id`,`follower_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `follower_activity_comment_idx` ON `follower_activity` (`comment_id`,`follower_id`);--> statement-breakpoint
-- What followed readers do, once for each of their followers, kept by triggers whoever writes
-- (the site, the importer, the seed, the bench): a score (its time moves when it is changed) or a
-- comment is shared with the readers following its author; a follow brings in everything the
-- followed reader did, an unfollow takes it out. Deleted scores, comments and readers go by cascade.
CREATE TRIGGER `follower_activity_score_insert` AFTER INSERT ON `reader_scores` BEGIN
  INSERT INTO follower_activity (follower_id, actor_id, at, score_soundtrack_id)
  SELECT follower_id, new.user_id, new.updated_at * 1000, new.soundtrack_id FROM follows WHERE followed_id = new.user_id;
END;
--> statement-breakpoint
CREATE TRIGGER `follower_activity_score_update` AFTER UPDATE OF updated_at ON `reader_scores` BEGIN
  UPDATE follower_activity SET at = new.updated_at * 1000
  WHERE actor_id = new.user_id AND score_soundtrack_id = new.soundtrack_id;
END;
--> statement-breakpoint
CREATE TRIGGER `follower_activity_comment_insert` AFTER INSERT ON `comments` BEGIN
  INSERT INTO follower_activity (follower_id, actor_id, at, comment_id)
  SELECT follower_id, new.author_id, new.created_at, new.id FROM follows WHERE followed_id = new.author_id;
END;
--> statement-breakpoint
CREATE TRIGGER `follower_activity_follow` AFTER INSERT ON `follows` BEGIN
  INSERT OR IGNORE INTO follower_activity (follower_id, actor_id, at, score_soundtrack_id)
  SELECT new.follower_id, new.followed_id, updated_at * 1000, soundtrack_id FROM reader_scores WHERE user_id = new.followed_id;
  INSERT OR IGNORE INTO follower_activity (follower_id, actor_id, at, comment_id)
  SELECT new.follower_id, new.followed_id, created_at, id FROM comments WHERE author_id = new.followed_id;
END;
--> statement-breakpoint
CREATE TRIGGER `follower_activity_unfollow` AFTER DELETE ON `follows` BEGIN
  DELETE FROM follower_activity WHERE follower_id = old.follower_id AND actor_id = old.followed_id;
END;
--> statement-breakpoint
INSERT INTO follower_activity (follower_id, actor_id, at, score_soundtrack_id)
SELECT f.follower_id, f.followed_id, s.updated_at * 1000, s.soundtrack_id
FROM follows f JOIN reader_scores s ON s.user_id = f.followed_id;
--> statement-breakpoint
INSERT INTO follower_activity (follower_id, actor_id, at, comment_id)
SELECT f.follower_id, f.followed_id, c.created_at, c.id
FROM follows f JOIN comments c ON c.author_id = f.followed_id;
