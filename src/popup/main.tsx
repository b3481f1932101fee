import { render } from 'preact';
import { App } from './App';
import { t } from '../shared/translate';
import { applyInitialPalette } from './use-appearance';

// The reader's own chrome follows the browser's UI language and direction;
// the article carries its own lang/dir.
document.documentElement.lang = t('@@ui_locale').replace(/_/g, '-');
document.documentElement.dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
applyInitialPalette();

render(<App />, document.getElementById('root') as HTMLElement);
