import { en } from './en';
import type { LangTable } from './types';

/** Every language table compiled into the matchers. */
export const LANGS: LangTable[] = [en];
