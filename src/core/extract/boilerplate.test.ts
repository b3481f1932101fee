import { describe, expect, it } from 'vitest';
import { boilerplateKind } from './boilerplate';

describe('boilerplateKind: the lead table, by language', () => {
  it.each([
    ['Lea también: Un titular de otra noticia del mismo sitio', 'related'],
    ['También te puede interesar', 'related'],
    ['Noticias relacionadas', 'related'],
    ['Articoli correlati', 'related'],
    ['Vous aimerez aussi', 'related'],
    ['Czytaj także: Tytuł innego artykułu', 'related'],
    ['Neueste Artikel', 'related'],
    ['Weitere Beiträge', 'related'],
    ['Das könnte Sie auch interessieren', 'related'],
    ['Auch interessant', 'related'],
    ['Latest stories', 'related'],
    ['This entry was posted in General. Bookmark the permalink.', 'postmeta'],
    ['Dieser Beitrag wurde am 3. Mai unter Allgemein veröffentlicht.', 'postmeta'],
    ['Leave a reply', 'postmeta'],
    ['Kommentar schreiben', 'postmeta'],
    ['Laisser un commentaire', 'postmeta'],
    ['Deja un comentario', 'postmeta'],
    ['Lascia un commento', 'postmeta'],
    ['Verraten Sie gerne in den Kommentaren: Was meinen Sie?', 'postmeta'],
    ['Du musst eingeloggt sein um Kommentare zu schreiben!', 'postmeta'],
    ['You must be logged in to post a comment.', 'postmeta'],
  ])('%s → %s', (text, kind) => {
    expect(boilerplateKind(text)).toBe(kind);
  });
  it.each([
    'Lea también la carta que el ministro envió al parlamento el martes.',
    'Czytaj także uwagi, które minister wysłał do parlamentu.',
    'Neueste Artikel der Forscher zeigen, dass die Bienen früher fliegen.',
    'Auch interessante Funde gab es in der zweiten Grabungskampagne.',
    'This entry in the register was made in 1854 by the parish clerk.',
    'Die Leser schrieben in den Kommentaren unter dem ersten Bericht viel Lob, sagte der Verlag im Gespräch mit uns über die Reaktionen.',
    'Kommentare von Lesern haben die Redaktion erreicht.',
  ])('article sentence stays: %s', (text) => {
    expect(boilerplateKind(text)).toBeNull();
  });
});
