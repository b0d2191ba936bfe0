/**
 * The header's search box is not on the search pages, which have their own: when the header's box
 * (or its link on a phone) takes the reader there, the page's box takes the keyboard's focus.
 */
let handedOver = false;

export function handFocusToSearchPage() {
  handedOver = true;
}

/** Whether the search page's box should take the focus now (once per hand-over). */
export function takeSearchFocus(): boolean {
  const was = handedOver;
  handedOver = false;
  return was;
}
