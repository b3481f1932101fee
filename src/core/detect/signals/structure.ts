/**
 * Structure: page parts that look like clutter by position but are not:
 * site navigation and headers, media players, comment sections, forms the
 * page needs (search). Each pulls the score down. One shape pushes up: a
 * floating layer with an e-mail or password field (sign-up/registration).
 */
import type { Signal } from '../types.ts';

export const W = {
  /** nav/header/footer, role=navigation/banner/contentinfo/menu, or a nav inside. */
  navigation: -6,
  /** Holds a video or audio player. */
  media: -8,
  /** A comment section. */
  comments: -6,
  /** A search box. */
  search: -6,
  /**
   * A blocking layer that asks for an e-mail address or a password: a
   * newsletter or registration modal (consent banners are vetoed apart,
   * log-in dialogs the user opened get user-opened). Evidence.
   */
  signupForm: 3,
};

const NAV = 'nav,header,footer,[role=navigation],[role=banner],[role=contentinfo],[role=menu],[role=menubar]';
const COMMENTS = /(^|[\s_-])(comments?|disqus|replies|discussion)([\s_-]|$)/i;

export const structure: Signal = (c, add) => {
  const el = c.layer;
  if (el.matches(NAV) || el.querySelector('nav,[role=navigation],[role=menubar]')) add('navigation', W.navigation);
  if (el.querySelector('video,audio') || el.matches('video,audio')) add('media-player', W.media);
  if (COMMENTS.test(`${el.id} ${typeof el.className === 'string' ? el.className : ''}`) || el.querySelector('#comments,#disqus_thread'))
    add('comments', W.comments);
  if (el.querySelector('[role=search],input[type=search]')) add('search', W.search);
  else if (c.kind === 'layer' && el.querySelector('input[type=email],input[type=password],input[autocomplete=email]')) add('signup-form', W.signupForm, true);
};
