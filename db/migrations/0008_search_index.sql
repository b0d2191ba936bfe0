-- Full-text search over reviews (headline, summary and body), films, composers and track titles.
-- One FTS5 table; a row's rowid says what it is: the row's id * 4 + 0 review, 1 soundtrack,
-- 2 composer, 3 track. Triggers keep it in step with every write, whoever makes it (editor,
-- importer, seed, deletes cascading from a soundtrack); what is live is decided when searching.
CREATE VIRTUAL TABLE `search_index` USING fts5(
  `title`,
  `body`,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
--> statement-breakpoint
CREATE TRIGGER `search_index_reviews_insert` AFTER INSERT ON `reviews` BEGIN
  INSERT INTO search_index (rowid, title, body) VALUES (new.id * 4 + 0, new.headline, new.summary || char(10) || new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `search_index_reviews_update` AFTER UPDATE OF headline, summary, body ON `reviews` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 0;
  INSERT INTO search_index (rowid, title, body) VALUES (new.id * 4 + 0, new.headline, new.summary || char(10) || new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `search_index_reviews_delete` AFTER DELETE ON `reviews` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 0;
END;
--> statement-breakpoint
INSERT INTO search_index (rowid, title, body) SELECT id * 4 + 0, headline, summary || char(10) || body FROM `reviews`;
--> statement-breakpoint
CREATE TRIGGER `search_index_soundtracks_insert` AFTER INSERT ON `soundtracks` BEGIN
  INSERT INTO search_index (rowid, title, body) VALUES (new.id * 4 + 1, new.film_title, coalesce(new.label, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `search_index_soundtracks_update` AFTER UPDATE OF film_title, label ON `soundtracks` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
  INSERT INTO search_index (rowid, title, body) VALUES (new.id * 4 + 1, new.film_title, coalesce(new.label, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `search_index_soundtracks_delete` AFTER DELETE ON `soundtracks` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
END;
--> statement-breakpoint
INSERT INTO search_index (rowid, title, body) SELECT id * 4 + 1, film_title, coalesce(label, '') FROM `soundtracks`;
--> statement-breakpoint
CREATE TRIGGER `search_index_composers_insert` AFTER INSERT ON `composers` BEGIN
  INSERT INTO search_index (rowid, title, body) VALUES (new.id * 4 + 2, new.name, '');
END;
--> statement-breakpoint
CREATE TRIGGER `search_index_composers_update` AFTER UPDATE OF name ON `composers` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
  INSERT INTO search_index (rowid, title, body) VALUES (new.id * 4 + 2, new.name, '');
END;
--> statement-breakpoint
CREATE TRIGGER `search_index_composers_delete` AFTER DELETE ON `composers` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
END;
--> statement-breakpoint
INSERT INTO search_index (rowid, title, body) SELECT id * 4 + 2, name, '' FROM `composers`;
--> statement-breakpoint
CREATE TRIGGER `search_index_tracks_insert` AFTER INSERT ON `tracks` BEGIN
  INSERT INTO search_index (rowid, title, body) VALUES (new.id * 4 + 3, new.title, '');
END;
--> statement-breakpoint
CREATE TRIGGER `search_index_tracks_update` AFTER UPDATE OF title ON `tracks` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
  INSERT INTO search_index (rowid, title, body) VALUES (new.id * 4 + 3, new.title, '');
END;
--> statement-breakpoint
CREATE TRIGGER `search_index_tracks_delete` AFTER DELETE ON `tracks` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
END;
--> statement-breakpoint
INSERT INTO search_index (rowid, title, body) SELECT id * 4 + 3, title, '' FROM `tracks`;
