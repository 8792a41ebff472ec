// "Follow": every search is also an Atom feed of its newest matches, so any feed reader can alert on it. The link
// in the toolbar (and a <link rel="alternate"> that readers discover) always point at the current search's feed.

import { searchParams } from './state.js';

/** The address of a state's Atom feed: its search without page or sort (a feed is always newest first). */
export function feedUrl(state) {
  const query = searchParams(state, { withPage: false }).toString();
  return `/api/search.atom${query ? `?${query}` : ''}`;
}

export function updateFollow(link, state) {
  const href = feedUrl(state);
  link.href = href;
  let alternate = document.head.querySelector('link[rel="alternate"][type="application/atom+xml"]');
  if (!alternate) {
    alternate = document.createElement('link');
    alternate.rel = 'alternate';
    alternate.type = 'application/atom+xml';
    document.head.append(alternate);
  }
  alternate.href = href;
  alternate.title = 'Dispatch: this search as a feed';
}
