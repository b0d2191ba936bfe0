/**
 * Reading one's own writes. The pages are cached, and a page rendered just before a reader's
 * write can still be served just after it (a render already under way is shared by everyone who
 * asks meanwhile). Every static page carries when its render began and its cache tags; after a
 * write, and on any page shown later in the same tab, the page is refreshed until it is newer
 * than the reader's last write to one of its tags.
 */

const WRITE_KEY = "exploring-soundtracks:last-write";
/** Enough for about 17 s of trying: on a busy server a new render can take that long to land. */
const MAX_REFRESHES = 10;
const MAX_RETRY_DELAY_MS = 2000;

type Version = { at: number; tags: string[] };

/** The reader's last write: kept here, and in the tab's storage for the pages loaded after it. */
let written: Version | null = null;
let shown: Version | null = null;
let refreshPage: (() => void) | null = null;
let refreshes = 0;
let retry: ReturnType<typeof setTimeout> | undefined;

function lastWrite(): Version | null {
  if (written) return written;
  try {
    const saved = sessionStorage.getItem(WRITE_KEY);
    written = saved ? (JSON.parse(saved) as Version) : null;
  } catch {
    // No storage (a private window may refuse it): only this page's writes are known.
  }
  return written;
}

function isBehind(page: Version, write: Version | null): boolean {
  return write !== null && page.at <= write.at && write.tags.some((t) => page.tags.includes(t));
}

function catchUp() {
  clearTimeout(retry);
  if (!shown || !refreshPage || !isBehind(shown, lastWrite()) || refreshes >= MAX_REFRESHES) return;
  refreshes += 1;
  refreshPage();
  // A refresh that brings nothing new (no new render) is tried again, a little later each time.
  retry = setTimeout(catchUp, Math.min(500 * refreshes, MAX_RETRY_DELAY_MS));
}

/**
 * A page version is on screen (a page was shown, or a refresh brought a new render of it), and
 * how to ask the server for it again; returns what to do when it leaves the screen.
 */
export function showPage(version: Version, refresh: () => void): () => void {
  shown = version;
  refreshPage = refresh;
  refreshes = 0;
  catchUp();
  return () => {
    if (shown !== version) return;
    clearTimeout(retry);
    shown = null;
    refreshPage = null;
  };
}

/** A write of the reader's own was saved: the page must come to include it. */
export function wrote(write: Version) {
  const previous = lastWrite();
  const tags =
    previous && write.at - previous.at < 60_000 ? [...previous.tags, ...write.tags] : write.tags;
  written = { at: write.at, tags: [...new Set(tags)] };
  try {
    sessionStorage.setItem(WRITE_KEY, JSON.stringify(written));
  } catch {
    // No storage: the pages of this tab still know it, until a full page load.
  }
  refreshes = 0;
  catchUp();
}
